package org.parallax.compare;

import java.util.List;
import java.util.Map;

/**
 * The headline figures of a comparison.
 *
 * @param relatedness how likely both articles cover the same event, 0 to 1
 * @param verdict "related" or "unrelated"
 * @param voices per article label, each speaker's quotes and quoted words, most words first
 * @param sharedSentencesA A sentences that have a counterpart in B
 * @param sharedSentencesB B sentences that have a counterpart in A
 * @param onlyA A sentences found only in A
 * @param onlyB B sentences found only in B
 * @param sharedShareA share of A's characters in aligned sentences
 * @param sharedShareB share of B's characters in aligned sentences
 * @param quotesMatched quote matches of kind exact or fragment
 * @param quotesVariant quote matches of kind variant
 * @param quotesOnlyA A quotes (not terms) with no match
 * @param quotesOnlyB B quotes (not terms) with no match
 * @param factsShared facts in both articles
 * @param factsOnlyA facts only in A
 * @param factsOnlyB facts only in B
 * @param framingFlags number of framing flags
 * @param conflicts values both articles state differently for the same thing
 */
public record Summary(
    double relatedness,
    String verdict,
    Map<String, List<Voice>> voices,
    int sharedSentencesA,
    int sharedSentencesB,
    int onlyA,
    int onlyB,
    double sharedShareA,
    double sharedShareB,
    int quotesMatched,
    int quotesVariant,
    int quotesOnlyA,
    int quotesOnlyB,
    int factsShared,
    int factsOnlyA,
    int factsOnlyB,
    int framingFlags,
    int conflicts) {
  public Summary {
    voices = Map.copyOf(voices);
    if (conflicts < 0) {
      throw new IllegalArgumentException("conflicts < 0: " + conflicts);
    }
  }

  /** Returns a summary with no conflicts. */
  public Summary(
      double relatedness,
      String verdict,
      Map<String, List<Voice>> voices,
      int sharedSentencesA,
      int sharedSentencesB,
      int onlyA,
      int onlyB,
      double sharedShareA,
      double sharedShareB,
      int quotesMatched,
      int quotesVariant,
      int quotesOnlyA,
      int quotesOnlyB,
      int factsShared,
      int factsOnlyA,
      int factsOnlyB,
      int framingFlags) {
    this(relatedness, verdict, voices, sharedSentencesA, sharedSentencesB, onlyA, onlyB, sharedShareA, sharedShareB,
        quotesMatched, quotesVariant, quotesOnlyA, quotesOnlyB, factsShared, factsOnlyA, factsOnlyB, framingFlags, 0);
  }
}
