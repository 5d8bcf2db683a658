package io.mctrail.codegen.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The commit a checkout is at, asked of git at build time. */
public final class GitCommit {

  /** What a build says when it is not made in a git checkout (or git is not there). */
  public static final String UNKNOWN = "unknown";

  private GitCommit() {}

  /**
   * The full id of the commit checked out at {@code dir}, followed by {@code " + changes"} when
   * tracked files differ from it; {@link #UNKNOWN} when {@code dir} is not in a git checkout or git
   * cannot be run.
   */
  public static String of(Path dir) {
    if (dir == null || !Files.isDirectory(dir)) {
      return UNKNOWN;
    }
    String head = git(dir, "rev-parse", "--verify", "HEAD");
    if (head == null || !head.matches("[0-9a-f]{40,64}")) {
      return UNKNOWN;
    }
    String changes = git(dir, "status", "--porcelain", "--untracked-files=no");
    return changes == null || changes.isEmpty() ? head : head + " + changes";
  }

  /** The trimmed standard output of a git command that succeeded, or {@code null}. */
  private static String git(Path dir, String... args) {
    String[] command = new String[args.length + 1];
    command[0] = "git";
    System.arraycopy(args, 0, command, 1, args.length);
    try {
      Process p =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      p.getOutputStream().close();
      String out;
      try (InputStream in = p.getInputStream()) {
        out = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
      }
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return null;
      }
      return p.exitValue() == 0 ? out : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
