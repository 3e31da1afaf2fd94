package org.parallax.align;

import java.util.Map;
import java.util.Set;

/**
 * The one place where similarity signals are combined into a score from 0 to 1.
 *
 * <p>Signals, each in [0, 1]:
 *
 * <ul>
 *   <li>{@code lexical}: Dice overlap of content-word stems, each weighted by its inverse
 *       document frequency over the sentences of both articles, so rare words count most and
 *       stopwords not at all; words that only place the sentence in time (months, weekdays) weigh
 *       a tenth;
 *   <li>{@code chars}: Dice overlap of character trigrams of the content words, which survives
 *       transliteration and hyphenation (Sergei / Sergey, Kim Jong Un / Kim Jong-un);
 *   <li>{@code names}: overlap of capitalized words and numbers, relative to the smaller set.
 * </ul>
 *
 * <p>The combination is a weighted mean; weights were chosen on the seed pair and the MSRP
 * training split (see README, Alignment).
 */
final class SimilarityScorer {
  static final double W_LEXICAL = 0.55;
  static final double W_CHARS = 0.30;
  static final double W_NAMES = 0.15;
  static final double TEMPORAL_WEIGHT = 0.1;

  private final Map<String, Double> idf;
  private final double defaultIdf;

  SimilarityScorer(Map<String, Double> idf, double defaultIdf) {
    this.idf = Map.copyOf(idf);
    this.defaultIdf = defaultIdf;
  }

  /** Returns the combined similarity of two passages. */
  double score(SentenceFeatures a, SentenceFeatures b) {
    double lexical = lexical(a, b);
    double chars = dice(a.grams, b.grams);
    double names = names(a.names, b.names);
    if (a.names.isEmpty() && b.names.isEmpty()) {
      // No names on either side: spread the names weight over the other signals.
      return (W_LEXICAL * lexical + W_CHARS * chars) / (W_LEXICAL + W_CHARS);
    }
    return W_LEXICAL * lexical + W_CHARS * chars + W_NAMES * names;
  }

  double lexical(SentenceFeatures a, SentenceFeatures b) {
    double shared = 0;
    double total = 0;
    for (String s : a.stems.keySet()) {
      double w = weight(s);
      total += w;
      if (b.stems.containsKey(s)) {
        shared += w;
      }
    }
    for (String s : b.stems.keySet()) {
      double w = weight(s);
      total += w;
      if (a.stems.containsKey(s)) {
        shared += w;
      }
    }
    for (String s : a.temporal) {
      total += TEMPORAL_WEIGHT;
      if (b.temporal.contains(s)) {
        shared += TEMPORAL_WEIGHT;
      }
    }
    for (String s : b.temporal) {
      total += TEMPORAL_WEIGHT;
      if (a.temporal.contains(s)) {
        shared += TEMPORAL_WEIGHT;
      }
    }
    return total == 0 ? 0 : shared / total;
  }

  private double weight(String stem) {
    return idf.getOrDefault(stem, defaultIdf);
  }

  static double dice(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int shared = 0;
    for (String g : small) {
      if (large.contains(g)) {
        shared++;
      }
    }
    return 2.0 * shared / (a.size() + b.size());
  }

  private static double names(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String n : a) {
      if (b.contains(n)) {
        shared++;
      }
    }
    return (double) shared / Math.min(a.size(), b.size());
  }
}
