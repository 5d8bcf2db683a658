/**
 * A service that uses mctrail from a named module, requiring only the validator: the model and
 * Jackson come with it ({@code requires transitive}), and the schemas and Hibernate Validator are
 * resolved as its own dependencies. {@code ModulePathIT} compiles and runs it on the module path.
 */
module io.mctrail.samples.modular {
  requires io.mctrail.validation;
}
