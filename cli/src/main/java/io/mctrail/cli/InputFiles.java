package io.mctrail.cli;

import io.mctrail.records.InputNames;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The inputs named on the command line: files as given, folders walked recursively (following
 * links, with cycles reported), {@code -} for standard input. In a folder, the files {@link
 * InputNames#isInput} takes are read, in name order; hidden files and folders are not.
 */
final class InputFiles {

  /** An input to read: a file, or standard input. */
  record Input(String name, Path path) {
    boolean isStdin() {
      return path == null;
    }
  }

  /** An input that could not be listed, and why. */
  record Problem(String name, String reason) {}

  private final List<Input> inputs = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();

  private InputFiles() {}

  static InputFiles expand(List<String> args) {
    InputFiles files = new InputFiles();
    for (String arg : args) {
      if (arg.equals("-")) {
        files.inputs.add(new Input("-", null));
        continue;
      }
      Path path = Path.of(arg);
      if (Files.isDirectory(path)) {
        files.walk(path);
      } else if (Files.isRegularFile(path)) {
        files.inputs.add(new Input(arg, path));
      } else if (Files.exists(path)) {
        files.problems.add(new Problem(arg, "not a regular file or folder"));
      } else {
        files.problems.add(new Problem(arg, "no such file or folder"));
      }
    }
    return files;
  }

  List<Input> inputs() {
    return inputs;
  }

  List<Problem> problems() {
    return problems;
  }

  private void walk(Path root) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (!dir.equals(root) && isHidden(dir)) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() && !isHidden(file) && isLogFile(file)) {
                found.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              String reason =
                  e instanceof FileSystemLoopException
                      ? "a cycle of symbolic links"
                      : "cannot be read (" + e.getClass().getSimpleName() + ")";
              problems.add(new Problem(file.toString(), reason));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      problems.add(new Problem(root.toString(), "cannot be walked: " + e.getMessage()));
    }
    found.sort(null);
    found.forEach(p -> inputs.add(new Input(p.toString(), p)));
  }

  private static boolean isHidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  static boolean isLogFile(Path file) {
    return InputNames.isInput(file.getFileName().toString());
  }
}
