package io.mctrail.spark;

import io.mctrail.records.CloudTrailLayout;
import io.mctrail.records.CloudTrailLayout.Folder;
import io.mctrail.records.DateWindow;
import io.mctrail.records.InputNames;
import io.mctrail.validation.report.ItemCheck;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lists the inputs of an archive on the driver, through Hadoop's file systems ({@code s3://} on
 * EMR, Glue and Databricks, {@code s3a://}, {@code hdfs://}, local paths), as {@code mctrail check}
 * takes a folder's files: a file named is read whatever its name (and whatever the window); in a
 * folder, the files {@link InputNames#isInput} takes, hidden files and folders left out, in path
 * order.
 *
 * <p>Without a date window a folder is listed whole, in one recursive listing (a flat listing of
 * the prefix on S3). With one, only the day folders of the window are listed: from the folder's
 * place in CloudTrail's layout ({@link CloudTrailLayout}), the levels above the days become glob
 * patterns ({@code AWSLogs/*}{@code /CloudTrail/*}{@code /2026/11/{29,30}}), one per month of the
 * window, which Hadoop expands level by level; a file in a day at an end of the window is taken
 * when the time in its name is in it ({@link CloudTrailLayout#inWindow}). Above {@code AWSLogs/},
 * it is looked for down to {@value #SEARCH_DEPTH} folders below the path (a trail's own prefix).
 *
 * <p>A path that cannot be listed is an input with a problem, which becomes its finding; the other
 * paths are still listed.
 */
final class ArchiveListing {

  /** How many folders below a path {@code AWSLogs/} is looked for, with a date window. */
  static final int SEARCH_DEPTH = 4;

  private ArchiveListing() {}

  /**
   * The inputs under {@code paths}, in their order, each folder's in path order.
   *
   * @param now the end of a window without {@code until}
   */
  static List<InputFile> list(
      Configuration conf, List<String> paths, DateWindow window, Instant now) {
    List<InputFile> inputs = new ArrayList<>();
    for (String arg : paths) {
      list(conf, arg, window, now, inputs);
    }
    return inputs;
  }

  private static void list(
      Configuration conf, String arg, DateWindow window, Instant now, List<InputFile> inputs) {
    FileStatus root;
    FileSystem fs;
    try {
      Path path = new Path(arg);
      fs = path.getFileSystem(conf);
      root = fs.getFileStatus(path);
    } catch (FileNotFoundException e) {
      inputs.add(InputFile.problem(arg, "no such file or folder"));
      return;
    } catch (IOException | IllegalArgumentException e) {
      inputs.add(InputFile.problem(arg, "cannot be listed: " + describe(e)));
      return;
    }
    if (!root.isDirectory()) {
      inputs.add(InputFile.file(root.getPath().toString(), root.getLen()));
      return;
    }
    List<InputFile> found = new ArrayList<>();
    try {
      if (window.isBounded()) {
        listWindow(fs, root.getPath(), window, now, found, inputs, arg);
      } else {
        listAll(fs, root.getPath(), root.getPath(), found);
      }
    } catch (IOException e) {
      inputs.add(InputFile.problem(arg, "cannot be listed: " + describe(e)));
      return;
    }
    // a day folder two patterns match (a prefix that is itself called AWSLogs) is read once
    found.stream().sorted(Comparator.comparing(InputFile::path)).distinct().forEach(inputs::add);
  }

  /**
   * Every input file under {@code folder}: in one recursive listing (a flat listing of the prefix
   * on S3), or on the local file system folder by folder, where Hadoop's recursive listing runs a
   * command for the permissions of every file.
   */
  private static void listAll(FileSystem fs, Path root, Path folder, List<InputFile> found)
      throws IOException {
    if (!"file".equals(fs.getUri().getScheme())) {
      RemoteIterator<LocatedFileStatus> files = fs.listFiles(folder, true);
      while (files.hasNext()) {
        LocatedFileStatus f = files.next();
        if (f.isFile() && isInput(root, f.getPath())) {
          found.add(InputFile.file(f.getPath().toString(), f.getLen()));
        }
      }
      return;
    }
    ArrayDeque<Path> folders = new ArrayDeque<>(List.of(folder));
    while (!folders.isEmpty()) {
      for (FileStatus f : fs.listStatus(folders.pop())) {
        if (f.isDirectory()) {
          folders.push(f.getPath());
        } else if (f.isFile() && isInput(root, f.getPath())) {
          found.add(InputFile.file(f.getPath().toString(), f.getLen()));
        }
      }
    }
  }

  private static void listWindow(
      FileSystem fs,
      Path root,
      DateWindow window,
      Instant now,
      List<InputFile> found,
      List<InputFile> problems,
      String arg)
      throws IOException {
    List<String> globs = dayGlobs(root.toString(), folderOf(root), window, now);
    boolean anyDay = false;
    for (String glob : globs) {
      FileStatus[] days = fs.globStatus(new Path(glob));
      if (days == null) {
        continue;
      }
      for (FileStatus day : days) {
        if (day.isDirectory()) {
          anyDay = true;
          List<InputFile> inDay = new ArrayList<>();
          listAll(fs, root, day.getPath(), inDay);
          for (InputFile f : inDay) {
            if (CloudTrailLayout.inWindow(new Path(f.path()).toUri().getPath(), window)) {
              found.add(f);
            }
          }
        }
      }
    }
    if (!anyDay && !hasLayout(fs, root)) {
      problems.add(
          InputFile.problem(
              arg,
              "no CloudTrail layout (AWSLogs/ACCOUNT/CloudTrail/REGION/YYYY/MM/DD/) within "
                  + SEARCH_DEPTH
                  + " folders of it, and --since and --until need one"));
    }
  }

  /**
   * Whether {@code root} is in CloudTrail's layout, or has an {@code AWSLogs} folder within {@value
   * #SEARCH_DEPTH} folders of it.
   */
  private static boolean hasLayout(FileSystem fs, Path root) throws IOException {
    switch (folderOf(root).level()) {
      case OTHER -> {
        return false;
      }
      case OUTSIDE -> {
        String levels = "";
        for (int depth = 0; depth <= SEARCH_DEPTH; depth++) {
          FileStatus[] logs =
              fs.globStatus(new Path(root.toString() + levels + "/" + CloudTrailLayout.LOGS));
          if (logs != null && logs.length > 0) {
            return true;
          }
          levels += "/*";
        }
        return false;
      }
      default -> {
        return true;
      }
    }
  }

  private static Folder folderOf(Path folder) {
    String p = folder.toUri().getPath();
    return CloudTrailLayout.classify(p.endsWith("/") ? p : p + "/");
  }

  /** Whether {@code file}, under {@code root}, is an input: its name, no hidden folder above it. */
  static boolean isInput(Path root, Path file) {
    if (!InputNames.isInput(file.getName())) {
      return false;
    }
    int rootDepth = root.depth();
    for (Path p = file.getParent(); p != null && p.depth() > rootDepth; p = p.getParent()) {
      if (p.getName().startsWith(".")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The glob patterns of the day folders of {@code window} under {@code base}, a folder at {@code
   * place} in the layout; every day folder when the window has no {@code since} (its days are then
   * told by {@link CloudTrailLayout#inWindow}).
   */
  static List<String> dayGlobs(String base, Folder place, DateWindow window, Instant now) {
    String b = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    List<String> dates = datePatterns(window, now);
    List<String> out = new ArrayList<>();
    switch (place.level()) {
      case OUTSIDE -> {
        String levels = "";
        for (int depth = 0; depth <= SEARCH_DEPTH; depth++) {
          for (String below : belowLogs(dates)) {
            out.add(b + levels + "/" + CloudTrailLayout.LOGS + below);
          }
          levels += "/*";
        }
      }
      case LOGS -> belowLogs(dates).forEach(below -> out.add(b + below));
      case ORGANIZATION -> dates.forEach(d -> out.add(b + "/*/CloudTrail/*/" + d));
      case ACCOUNT -> dates.forEach(d -> out.add(b + "/CloudTrail/*/" + d));
      case SERVICE -> dates.forEach(d -> out.add(b + "/*/" + d));
      case REGION -> dates.forEach(d -> out.add(b + "/" + d));
      case YEAR, MONTH -> {
        // the folder's own date levels are left out of the patterns of its days
        int levels = place.level() == CloudTrailLayout.Level.YEAR ? 1 : 2;
        String[] own = {
          String.format(Locale.ROOT, "%04d", place.first().getYear()),
          String.format(Locale.ROOT, "%02d", place.first().getMonthValue())
        };
        for (String d : dates) {
          String[] parts = d.split("/");
          boolean inFolder = true;
          for (int i = 0; i < levels; i++) {
            inFolder &= parts[i].equals("*") || parts[i].equals(own[i]);
          }
          if (inFolder) {
            out.add(b + "/" + String.join("/", List.of(parts).subList(levels, parts.length)));
          }
        }
      }
      case DAY -> {
        if (window.overlaps(place.first(), place.last())) {
          out.add(b);
        }
      }
      case OTHER -> {}
    }
    return out;
  }

  /** The patterns below {@code AWSLogs}: an account's trail and an organisation's. */
  private static List<String> belowLogs(List<String> dates) {
    List<String> out = new ArrayList<>();
    for (String d : dates) {
      out.add("/*/CloudTrail/*/" + d);
      out.add("/o-*/*/CloudTrail/*/" + d);
    }
    return out;
  }

  /**
   * {@code YYYY/MM/DD} patterns covering the days of {@code window}, one per month ({@code
   * 2026/11/*} for a whole month, {@code 2026/11/{29,30}} for some of its days); {@code *}{@code
   * /*}{@code /*} without a {@code since}.
   */
  static List<String> datePatterns(DateWindow window, Instant now) {
    if (window.since() == null) {
      return List.of("*/*/*");
    }
    LocalDate first = window.firstDay();
    LocalDate last = window.lastDay(now);
    List<String> out = new ArrayList<>();
    for (YearMonth m = YearMonth.from(first);
        !m.isAfter(YearMonth.from(last));
        m = m.plusMonths(1)) {
      LocalDate from = first.isAfter(m.atDay(1)) ? first : m.atDay(1);
      LocalDate to = last.isBefore(m.atEndOfMonth()) ? last : m.atEndOfMonth();
      String days;
      if (from.equals(m.atDay(1)) && to.equals(m.atEndOfMonth())) {
        days = "*";
      } else if (from.equals(to)) {
        days = twoDigits(from.getDayOfMonth());
      } else {
        StringBuilder list = new StringBuilder("{");
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
          list.append(d.equals(from) ? "" : ",").append(twoDigits(d.getDayOfMonth()));
        }
        days = list.append('}').toString();
      }
      out.add(String.format(Locale.ROOT, "%04d/%02d/%s", m.getYear(), m.getMonthValue(), days));
    }
    return out;
  }

  private static String twoDigits(int n) {
    return String.format(Locale.ROOT, "%02d", n);
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    String kind = e.getClass().getSimpleName();
    if (e instanceof IOException io && message == null) {
      return ItemCheck.reason(io);
    }
    return message == null ? kind : kind + ": " + firstLine(message);
  }

  private static String firstLine(String text) {
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl);
  }
}
