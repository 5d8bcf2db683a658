package io.mctrail.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-line progress display on standard error for runs longer than a moment: files, records,
 * findings and records per second. Off when standard error is not a terminal or with {@code
 * --quiet}.
 */
final class Progress implements AutoCloseable {

  private static final long DELAY_MS = 1000;
  private static final long PERIOD_MS = 250;

  final AtomicLong files = new AtomicLong();
  final AtomicLong records = new AtomicLong();
  final AtomicLong findings = new AtomicLong();
  private final long totalFiles;
  private final long start = System.nanoTime();
  private final PrintStream err;
  private final ScheduledExecutorService timer;
  private volatile boolean shown;

  private Progress(long totalFiles, PrintStream err, boolean enabled) {
    this.totalFiles = totalFiles;
    this.err = err;
    if (enabled) {
      timer =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "mctrail-progress");
                t.setDaemon(true);
                return t;
              });
      timer.scheduleAtFixedRate(this::show, DELAY_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
    } else {
      timer = null;
    }
  }

  /** A progress display, shown only when {@code enabled}. */
  static Progress start(long totalFiles, PrintStream err, boolean enabled) {
    return new Progress(totalFiles, err, enabled);
  }

  /**
   * Whether a progress line can be shown: standard error is a terminal. On Linux the answer is
   * where file descriptor 2 points (so a run whose report goes to a file or a pipe still shows
   * progress); elsewhere, whether the JVM has a console.
   */
  static boolean terminal() {
    return terminal(2);
  }

  /** Whether standard output is a terminal, as {@link #terminal()} tells for standard error. */
  static boolean stdoutTerminal() {
    return terminal(1);
  }

  private static boolean terminal(int fd) {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException notLinux) {
      return System.console() != null;
    }
  }

  synchronized void show() {
    double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
    long r = records.get();
    err.printf(
        "\r  files %d/%d  records %,d  findings %,d  %,.0f records/s   ",
        files.get(), totalFiles, r, findings.get(), r / seconds);
    err.flush();
    shown = true;
  }

  /** Clears the progress line, if shown; the next tick draws it again. */
  private synchronized void clearLine() {
    if (shown) {
      err.print("\r" + " ".repeat(90) + "\r");
      err.flush();
      shown = false;
    }
  }

  /**
   * {@code out} made to share the terminal with the progress line, for a report written to the
   * screen while the run goes on: whole lines only reach it, each time after the progress line is
   * cleared, so report lines scroll above the progress line and never run into it. {@code out}
   * itself when no progress is shown.
   */
  Writer sharing(Writer out) {
    if (timer == null) {
      return out;
    }
    return new Writer() {
      private final StringBuilder partial = new StringBuilder();

      @Override
      public void write(char[] chars, int off, int len) throws IOException {
        partial.append(chars, off, len);
        int end = partial.lastIndexOf("\n");
        if (end >= 0) {
          emit(partial.substring(0, end + 1));
          partial.delete(0, end + 1);
        }
      }

      /** Writes out a line still open too: the report writers flush only at their end. */
      @Override
      public void flush() throws IOException {
        if (partial.length() > 0) {
          emit(partial.toString());
          partial.setLength(0);
        }
        out.flush();
      }

      /** Flushes; standard output stays open. */
      @Override
      public void close() throws IOException {
        flush();
      }

      private void emit(String lines) throws IOException {
        synchronized (Progress.this) {
          clearLine();
          out.write(lines);
          out.flush();
        }
      }
    };
  }

  @Override
  public void close() {
    if (timer != null) {
      timer.shutdownNow();
      try {
        timer.awaitTermination(1, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      clearLine();
    }
  }
}
