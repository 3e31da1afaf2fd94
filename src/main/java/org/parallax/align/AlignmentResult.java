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

  /**
   * Returns this result with every alignment that holds sentence {@code a} (an A id) and sentence
   * {@code b} (a B id) marked {@link AlignmentKind#CONFLICTING}: the hook the comparer calls for
   * each conflict the facts stage finds between two sentences.
   */
  public AlignmentResult withConflict(String a, String b) {
    java.util.Objects.requireNonNull(a, "a");
    java.util.Objects.requireNonNull(b, "b");
    List<Alignment> out = new java.util.ArrayList<>(alignments.size());
    for (Alignment al : alignments) {
      out.add(al.a().contains(a) && al.b().contains(b) ? al.withKind(AlignmentKind.CONFLICTING) : al);
    }
    return new AlignmentResult(out, onlyA, onlyB, relatedness, related);
  }
}
