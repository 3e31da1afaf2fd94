package org.parallax.align;

import java.util.List;

/**
 * The alignment of two articles.
 *
 * @param alignments aligned passages, ordered by their first A sentence, then first B sentence
 * @param onlyA ids of A sentences with no counterpart in B
 * @param onlyB ids of B sentences with no counterpart in A
 * @param relatedness how likely the articles cover the same event, from 0 to 1
 * @param related the verdict drawn from relatedness
 */
public record AlignmentResult(
    List<Alignment> alignments,
    List<String> onlyA,
    List<String> onlyB,
    double relatedness,
    boolean related) {
  public AlignmentResult {
    alignments = List.copyOf(alignments);
    onlyA = List.copyOf(onlyA);
    onlyB = List.copyOf(onlyB);
  }
}
