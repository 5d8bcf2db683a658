package io.mctrail.cli;

import io.mctrail.records.InputNames;
import io.mctrail.records.SkipReason;
import io.mctrail.s3.S3Input;
import io.mctrail.s3.S3Listing;
import io.mctrail.s3.S3Location;
import java.io.IOException;
import java.io.InputStream;
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
 * links, with cycles reported), {@code -} for standard input, {@code s3://bucket/prefix} listed
 * (see {@link S3Arguments}). In a folder or under a prefix, the files {@link InputNames#isInput}
 * takes are read, in name order; hidden files and folders are not. A digest object is counted and
 * skipped without being read.
 */
final class InputFiles {

  /**
   * An input to read: a file, standard input, an object read from elsewhere, or one counted and
   * skipped without being read.
   *
   * @param name the input's name in the report
   * @param path the file, or null
   * @param remote opens an object that is not a file ({@code s3://}), or null
   * @param skip why the input is counted and not read, or null
   */
  record Input(String name, Path path, Remote remote, SkipReason skip) {
    Input(String name, Path path) {
      this(name, path, null, null);
    }

    boolean isStdin() {
      return path == null && remote == null && skip == null;
    }
  }

  /** Opens an input that is not a file. */
  interface Remote {
    InputStream open() throws IOException;
  }

  /** An input that could not be listed, and why. */
  record Problem(String name, String reason) {}

  private final List<Input> inputs = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();

  private InputFiles() {}

  static InputFiles expand(List<String> args) {
    return expand(args, null);
  }

  /** The inputs {@code args} name; {@code s3} lists and reads the {@code s3://} ones. */
  static InputFiles expand(List<String> args, S3Arguments s3) {
    InputFiles files = new InputFiles();
    for (String arg : args) {
      if (S3Location.isS3(arg)) {
        files.list(arg, s3);
        continue;
      }
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

  /**
   * Lists an {@code s3://} location: its log files and digest files in key order, as a folder walk
   * gives the same files on disk.
   */
  private void list(String arg, S3Arguments s3) {
    S3Location location;
    try {
      location = S3Location.parse(arg);
    } catch (IllegalArgumentException e) {
      problems.add(new Problem(arg, e.getMessage()));
      return;
    }
    if (s3 == null) {
      problems.add(new Problem(arg, "s3:// locations are not read here"));
      return;
    }
    S3Listing listing = s3.list(location);
    List<S3Input> logs = listing.inputs();
    List<S3Input> digests = listing.digests();
    for (int i = 0, j = 0; i < logs.size() || j < digests.size(); ) {
      if (j == digests.size()
          || (i < logs.size() && logs.get(i).key().compareTo(digests.get(j).key()) < 0)) {
        S3Input object = logs.get(i++);
        inputs.add(new Input(object.uri(), null, () -> s3.open(object), null));
      } else {
        inputs.add(new Input(digests.get(j++).uri(), null, null, SkipReason.DIGEST_FILE));
      }
    }
    for (S3Listing.Problem p : listing.problems()) {
      problems.add(new Problem(p.location(), p.reason()));
    }
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

  /**
   * Whether an object under an {@code s3://} location is read, as its file would be in a folder
   * walk: by the name of its key relative to the location, none of whose parts is hidden.
   */
  static boolean wanted(String relativeKey) {
    String[] parts = relativeKey.split("/");
    for (String part : parts) {
      if (part.startsWith(".")) {
        return false;
      }
    }
    return InputNames.isInput(parts[parts.length - 1]);
  }

  static boolean isLogFile(Path file) {
    return InputNames.isInput(file.getFileName().toString());
  }
}
