package org.parallax.align;

import java.util.Map;
import java.util.Set;

/**
 * The one place where similarity signals are combined into a score from 0 to 1, and where the
 * thresholds that read that score are fixed.
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
 *   <li>{@code names}: overlap of capitalized words and numbers, relative to the smaller set;
 *   <li>{@code numbers}: the share of numbers written in digits that only one passage has (a
 *       changed figure is a changed fact);
 *   <li>{@code semantic}: cosine of the all-MiniLM-L6-v2 sentence embeddings, rescaled so that the
 *       cosine of unrelated sentences ({@link #COSINE_FLOOR}) maps to 0.
 * </ul>
 *
 * <p>Lexical mode is a weighted mean of the first three (weights chosen on the seed pair).
 * Semantic mode is a weighted mean of {@code semantic}, {@code lexical} and {@code chars}, less a
 * small {@code numbers} penalty; weights and the paraphrase threshold were tuned on every other
 * pair of the MSRP training split and checked on the rest. Both modes give 1 for identical passages. The thresholds below were
 * then read off the training data (MSRP train for paraphrase, STS-B train for related); the
 * figures are in the README, Alignment.
 */
final class SimilarityScorer {
  static final double W_LEXICAL = 0.55;
  static final double W_CHARS = 0.30;
  static final double W_NAMES = 0.15;
  static final double TEMPORAL_WEIGHT = 0.1;

  /** Cosine that counts as no similarity at all (typical of unrelated news sentences). */
  static final double COSINE_FLOOR = 0.10;
  /** Semantic mode: weight of the rescaled embedding cosine. */
  static final double S_SEMANTIC = 0.70;
  /** Semantic mode: weight of the idf-weighted stem overlap. */
  static final double S_LEXICAL = 0.30;
  /** Semantic mode: weight of the character trigram overlap (no gain on MSRP train). */
  static final double S_CHARS = 0.0;
  /** Semantic mode: subtracted times the share of numbers that only one passage has. */
  static final double NUMBER_PENALTY = 0.10;

  /** Semantic mode: lowest score of a paraphrase (best accuracy on MSRP train, tuning half). */
  static final double SEMANTIC_PARAPHRASE_MIN = 0.57;
  /** Semantic mode: lowest score of related passages (best split of STS-B train grade 2 and up). */
  static final double SEMANTIC_RELATED_MIN = 0.44;
  /** Lexical mode: lowest score of a paraphrase. */
  static final double LEXICAL_PARAPHRASE_MIN = 0.50;
  /** Lexical mode: lowest score of related passages. */
  static final double LEXICAL_RELATED_MIN = 0.30;

  private final Map<String, Double> idf;
  private final double defaultIdf;
  private final boolean semantic;

  /** Creates a scorer; without idf statistics (empty map) every word weighs {@code defaultIdf}. */
  SimilarityScorer(Map<String, Double> idf, double defaultIdf, boolean semantic) {
    this.idf = Map.copyOf(idf);
    this.defaultIdf = defaultIdf;
    this.semantic = semantic;
  }

  boolean semantic() {
    return semantic;
  }

  /** Returns the score at and above which two passages are paraphrases. */
  double paraphraseMin() {
    return semantic ? SEMANTIC_PARAPHRASE_MIN : LEXICAL_PARAPHRASE_MIN;
  }

  /** Returns the score at and above which two passages are related enough to align. */
  double relatedMin() {
    return semantic ? SEMANTIC_RELATED_MIN : LEXICAL_RELATED_MIN;
  }

  /** Returns the combined similarity of two passages. */
  double score(SentenceFeatures a, SentenceFeatures b) {
    if (semantic && a.vector != null && b.vector != null) {
      return combine(
          Embedder.cosine(a.vector, b.vector),
          lexical(a, b),
          dice(a.grams, b.grams),
          unsharedShare(a.numbers, b.numbers));
    }
    return lexicalScore(a, b);
  }

  /** Returns the semantic-mode score from its signals. */
  static double combine(double cosine, double lexical, double chars, double numbersUnshared) {
    double sem = Math.max(0, (cosine - COSINE_FLOOR) / (1 - COSINE_FLOOR));
    double s = (S_SEMANTIC * sem + S_LEXICAL * lexical + S_CHARS * chars)
        / (S_SEMANTIC + S_LEXICAL + S_CHARS);
    return Math.max(0, Math.min(1, s - NUMBER_PENALTY * numbersUnshared));
  }

  /** Returns the share of the numbers of both passages that only one of them has. */
  static double unsharedShare(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String n : a) {
      if (b.contains(n)) {
        shared++;
      }
    }
    int union = a.size() + b.size() - shared;
    return (double) (union - shared) / union;
  }

  /** Returns the lexical-mode score: stems, character trigrams and names. */
  double lexicalScore(SentenceFeatures a, SentenceFeatures b) {
    double lexical = lexical(a, b);
    double chars = dice(a.grams, b.grams);
    if (a.names.isEmpty() && b.names.isEmpty()) {
      // No names on either side: spread the names weight over the other signals.
      return (W_LEXICAL * lexical + W_CHARS * chars) / (W_LEXICAL + W_CHARS);
    }
    return W_LEXICAL * lexical + W_CHARS * chars + W_NAMES * names(a.names, b.names);
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
