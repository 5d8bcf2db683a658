package io.mctrail.spark;

import java.io.Serializable;
import java.util.List;

/**
 * The files of one partition of the job, with the partition's number: the number its {@link Tally}
 * carries, whatever task reads it.
 *
 * @param index the bin's number, from 0
 * @param files its files, in path order
 */
record FileBin(int index, List<InputFile> files) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Copies the files. */
  FileBin {
    files = List.copyOf(files);
  }
}
