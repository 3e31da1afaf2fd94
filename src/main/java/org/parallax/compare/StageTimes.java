package org.parallax.compare;

/**
 * Wall-clock nanoseconds each stage of one comparison took; for benchmarks, never for reports.
 *
 * @param segment splitting both documents into sentences
 * @param align aligning the sentences (includes waiting for the embedding model); with an
 *     overlapping comparer ({@link Comparer#overlapping()}), only the wall time it adds beyond the
 *     quote and fact stages that ran beside it
 * @param quotes extracting and matching quotes
 * @param facts finding and merging facts
 * @param framing flagging framing differences
 * @param summary building the summary
 */
public record StageTimes(long segment, long align, long quotes, long facts, long framing, long summary) {
  /** Checks that no time is negative. */
  public StageTimes {
    if (segment < 0 || align < 0 || quotes < 0 || facts < 0 || framing < 0 || summary < 0) {
      throw new IllegalArgumentException("negative stage time");
    }
  }

  /** Returns the sum of all stage times. */
  public long total() {
    return segment + align + quotes + facts + framing + summary;
  }
}
