package io.mctrail.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which records the log files of a corpus hold, by count. Every mix draws its records from the seed
 * and the file's index alone, so each corpus of a mix is as reproducible as the typical one.
 */
public enum CorpusMix {

  /**
   * The corpus the benchmarks have always read: {@value CorpusBuilder#CREATE_JOB_PERCENT}% typical
   * CreateJob records, {@value CorpusBuilder#OTHER_MEDIACONVERT_PERCENT}% records of the other
   * MediaConvert operations (a few of them failed calls), the rest other services.
   */
  TYPICAL("typical", "the typical mix"),

  /** Other services only: not one MediaConvert record, so {@code mctrail check} skips them all. */
  OTHER_ONLY("other-only", "other services only"),

  /**
   * One record in a hundred ({@value #SPARSE_MEDIACONVERT_PERCENT}%) drawn as {@link
   * #MEDIACONVERT_ONLY} draws them, the rest other services: a trail where MediaConvert is one
   * service among many.
   */
  MEDIACONVERT_1PCT("mediaconvert-1pct", "1% MediaConvert"),

  /**
   * MediaConvert only: {@value #CREATE_JOB_PERCENT}% CreateJob records of 1 to {@value
   * #MAX_OUTPUTS} outputs (as many jobs of each count), {@value #GET_JOB_PERCENT}% GetJob, the rest
   * ListJobs; of the GetJob and ListJobs records, {@value CorpusBuilder#FAILED_PERCENT}% are failed
   * calls.
   */
  MEDIACONVERT_ONLY("mediaconvert-only", "MediaConvert only");

  /** MediaConvert records among all in {@link #MEDIACONVERT_1PCT}, in per cent. */
  public static final int SPARSE_MEDIACONVERT_PERCENT = 1;

  /** CreateJob records among the MediaConvert records of the two new mixes, in per cent. */
  public static final int CREATE_JOB_PERCENT = 40;

  /** GetJob records among the MediaConvert records of the two new mixes, in per cent. */
  public static final int GET_JOB_PERCENT = 40;

  /** The most outputs of a CreateJob record of the two new mixes (the fewest is one). */
  public static final int MAX_OUTPUTS = 8;

  private final String id;
  private final String title;

  CorpusMix(String id, String title) {
    this.id = id;
    this.title = title;
  }

  /** The mix's name on the command line and in the results: {@code other-only}, … */
  public String id() {
    return id;
  }

  /** The mix for people, in lower case: {@code other services only}, … */
  public String title() {
    return title;
  }

  /**
   * The mix named {@code id}.
   *
   * @throws IllegalArgumentException naming the mixes there are, when there is none of that name
   */
  public static CorpusMix of(String id) {
    String wanted = id.strip().toLowerCase(Locale.ROOT);
    for (CorpusMix mix : values()) {
      if (mix.id.equals(wanted)) {
        return mix;
      }
    }
    throw new IllegalArgumentException(
        "no mix \""
            + id
            + "\"; the mixes are "
            + Arrays.stream(values()).map(CorpusMix::id).collect(Collectors.joining(", ")));
  }
}
