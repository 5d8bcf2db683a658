package io.mctrail.spark;

import io.mctrail.records.InputItem;
import io.mctrail.records.InputLimits;
import io.mctrail.records.RecordReader;
import io.mctrail.validation.report.EventReport;
import io.mctrail.validation.report.ItemCheck;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SerializableWritable;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.TaskCompletionListener;

/**
 * Reads the files of one partition on an executor and gives the rows of their findings, as {@code
 * mctrail check} reads a file: each file streamed through {@link RecordReader} (decompressed as
 * read, one record at a time, never whole in memory), each item through this JVM's {@link
 * ItemCheck}. A file that cannot be opened, is corrupt or ends early is a finding, never a failed
 * task. Once a bin of files has been read to its end, its {@link Tally} goes to the accumulator.
 */
final class FindingsScan implements FlatMapFunction<Iterator<FileBin>, Row> {

  private static final long serialVersionUID = 1L;

  /** The buffer of a file's stream: the reader takes 64 KB at a time. */
  private static final int READ_BUFFER = 1 << 16;

  private final ScanSettings settings;
  private final Broadcast<SerializableWritable<Configuration>> hadoopConf;
  private final CollectionAccumulator<Tally> tallies;

  FindingsScan(
      ScanSettings settings,
      Broadcast<SerializableWritable<Configuration>> hadoopConf,
      CollectionAccumulator<Tally> tallies) {
    this.settings = settings;
    this.hadoopConf = hadoopConf;
    this.tallies = tallies;
  }

  @Override
  public Iterator<Row> call(Iterator<FileBin> bins) {
    PartitionRows rows =
        new PartitionRows(
            bins, settings.itemCheck(), settings.inputLimits(), hadoopConf.value().value());
    TaskContext task = TaskContext.get();
    if (task != null) {
      // a task that fails or is killed mid-file closes the file it has open
      task.addTaskCompletionListener((TaskCompletionListener) context -> rows.closeFile());
    }
    return rows;
  }

  /** The rows of a partition's files, read as they are asked for. */
  private final class PartitionRows implements Iterator<Row> {
    private final Iterator<FileBin> bins;
    private final ItemCheck check;
    private final InputLimits limits;
    private final Configuration conf;
    private Tally tally;
    private final ArrayDeque<Row> ready = new ArrayDeque<>();
    private Iterator<InputFile> files = java.util.Collections.emptyIterator();

    // the file being read
    private String source;
    private String fileDay;
    private RecordReader reader;
    private String encodingNote;
    private boolean ended;

    PartitionRows(Iterator<FileBin> bins, ItemCheck check, InputLimits limits, Configuration conf) {
      this.bins = bins;
      this.check = check;
      this.limits = limits;
      this.conf = conf;
    }

    @Override
    public boolean hasNext() {
      while (ready.isEmpty() && !ended) {
        if (reader != null) {
          readItem();
        } else if (files.hasNext()) {
          openFile(files.next());
        } else {
          // a bin read to its end is counted; then the next, if the partition has another
          if (tally != null) {
            tallies.add(tally);
            tally = null;
          }
          if (bins.hasNext()) {
            FileBin bin = bins.next();
            tally = new Tally(bin.index());
            files = bin.files().iterator();
          } else {
            ended = true;
          }
        }
      }
      return !ready.isEmpty();
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return ready.poll();
    }

    private void openFile(InputFile file) {
      tally.files++;
      source = file.path();
      fileDay = FindingRows.fileDay(source);
      encodingNote = null;
      if (file.problem() != null) {
        entry(check.unreadable(source, file.problem()), RecordFields.NONE);
        return;
      }
      InputStream in;
      try {
        in = open(new Path(source));
      } catch (IOException e) {
        entry(check.unreadable(source, ItemCheck.reason(e)), RecordFields.NONE);
        return;
      } catch (RuntimeException e) {
        entry(
            check.unreadable(source, "cannot be read (" + e.getClass().getSimpleName() + ")"),
            RecordFields.NONE);
        return;
      }
      tally.readable++;
      try {
        reader = RecordReader.open(in, source, limits);
        encodingNote = reader.encodingNote();
      } catch (IOException e) {
        closeQuietly(in);
        entry(check.unreadable(source, ItemCheck.reason(e)), RecordFields.NONE);
      }
    }

    /**
     * Opens a file: a local one as {@code mctrail check} does (Hadoop's checksummed local file
     * system looks for a checksum file at every open, which costs a millisecond a file), any other
     * through its Hadoop file system.
     */
    private InputStream open(Path path) throws IOException {
      if ("file".equals(path.toUri().getScheme())) {
        return Files.newInputStream(java.nio.file.Path.of(path.toUri()));
      }
      return path.getFileSystem(conf).open(path, READ_BUFFER);
    }

    private void readItem() {
      InputItem item;
      ItemCheck.Outcome outcome;
      try {
        item = reader.next();
        if (item == null) {
          closeFile();
          return;
        }
        outcome = check.check(item);
      } catch (RuntimeException e) {
        // a defect must not cost the partition its other files, nor the job
        closeFile();
        entry(
            check.unreadable(
                source, "the input could not be read further: " + e.getClass().getSimpleName()),
            RecordFields.NONE);
        return;
      }
      if (outcome instanceof ItemCheck.Skipped skipped) {
        tally.skip(skipped.reason());
        return;
      }
      EventReport entry = ((ItemCheck.Checked) outcome).report();
      if (encodingNote != null) {
        entry = check.withEncodingNote(entry, encodingNote);
        encodingNote = null;
      }
      entry(
          entry,
          entry.hasFindings() && item instanceof InputItem.Record r
              ? RecordFields.of(r.json())
              : RecordFields.NONE);
    }

    private void entry(EventReport entry, RecordFields fields) {
      tally.event(entry);
      if (entry.hasFindings()) {
        ready.addAll(FindingRows.of(entry, fields, fileDay));
      }
    }

    /** Closes the file being read, if any. */
    void closeFile() {
      RecordReader r = reader;
      reader = null;
      if (r != null) {
        closeQuietly(r);
      }
    }

    private void closeQuietly(java.io.Closeable c) {
      try {
        c.close();
      } catch (IOException e) {
        // nothing more is read from it
      }
    }
  }
}
