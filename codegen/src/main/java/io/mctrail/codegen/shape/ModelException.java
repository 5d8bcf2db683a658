package io.mctrail.codegen.shape;

/** A model file that cannot be read into a {@link ShapeModel}, with the reason. */
public final class ModelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ModelException(String message) {
    super(message);
  }

  public ModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
