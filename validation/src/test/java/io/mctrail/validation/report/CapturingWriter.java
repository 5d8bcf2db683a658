package io.mctrail.validation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** A writer that keeps what it is given and remembers being closed, which writers must not do. */
final class CapturingWriter extends StringWriter {

  private boolean closed;

  @Override
  public void close() throws IOException {
    closed = true;
    super.close();
  }

  boolean closed() {
    return closed;
  }

  /** What {@code writer} writes of {@code report}, checking it leaves the target open. */
  static String written(ReportWriter writer, Report report) {
    CapturingWriter out = new CapturingWriter();
    try {
      writer.write(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(out.closed()).as("the writer closed its target").isFalse();
    return out.toString();
  }
}
