package io.mctrail.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Where {@code mctrail check} writes its report while the run goes on: standard output, or the
 * {@code --output} file. A regular file is written under a hidden temporary name beside it and
 * moved into place when the report is complete, so a run that fails leaves no half report and the
 * file's earlier content (which a folder being checked may hold) stays readable until then; a
 * device, a pipe or a link is written in place.
 */
final class ReportTarget implements AutoCloseable {

  private final Path output;
  private final Path temporary;
  private final Writer writer;
  private boolean committed;

  private ReportTarget(Path output, Path temporary, Writer writer) {
    this.output = output;
    this.temporary = temporary;
    this.writer = writer;
  }

  /** Standard output, through {@code out}, which is flushed and left open. */
  static ReportTarget stdout(Writer out) {
    return new ReportTarget(null, null, out);
  }

  /** The file {@code output}. */
  static ReportTarget file(Path output) throws IOException {
    if (Files.exists(output) && !Files.isRegularFile(output, LinkOption.NOFOLLOW_LINKS)) {
      return new ReportTarget(
          output, null, Files.newBufferedWriter(output, StandardCharsets.UTF_8));
    }
    Path name = output.getFileName();
    Path temporary =
        output.resolveSibling(
            "." + name + "." + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".tmp");
    Writer writer =
        new BufferedWriter(
            new OutputStreamWriter(
                Files.newOutputStream(
                    temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                StandardCharsets.UTF_8),
            1 << 16);
    return new ReportTarget(output, temporary, writer);
  }

  /** The writer to write the report to. */
  Writer writer() {
    return writer;
  }

  /** The report is complete: flushes it and, for a file, moves it into place. */
  void commit() throws IOException {
    writer.flush();
    if (temporary != null) {
      writer.close();
      try {
        Files.move(
            temporary, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, output, StandardCopyOption.REPLACE_EXISTING);
      }
    } else if (output != null) {
      writer.close();
    }
    committed = true;
  }

  /** Closes a file, deleting the temporary one if the report was not completed. */
  @Override
  public void close() throws IOException {
    if (committed || output == null) {
      return;
    }
    try {
      writer.close();
    } finally {
      if (temporary != null) {
        Files.deleteIfExists(temporary);
      }
    }
  }
}
