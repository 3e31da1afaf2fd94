package org.parallax.align;

import java.util.List;
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
 * <p>Semantic mode also computes {@code containment} (idf-weighted share of the shorter
 * passage's stems found in the longer), {@code namesUnshared} and {@code lengthGap}; see {@link
 * #signals}. A logistic regression over these seven signals alone reached 73.8% held-out accuracy
 * on MSRP, no better than the two-signal mix below, so their weights in the mix stay 0.
 *
 * <p>Semantic mode: the similarity is a weighted mean of {@code semantic}, {@code lexical} and
 * {@code chars}, less a small {@code numbers} penalty (weights tuned on MSRP train, STS-B Pearson
 * kept). Whether a pair is a paraphrase is decided apart from it, by {@link ParaphraseModel}: a
 * logistic regression over the seven signals and word n-gram overlaps, fitted on MSRP train
 * (10-fold cross-validated figures in the README and from {@code parallax eval msrp}). The score is
 * then made to agree with that decision: a paraphrase scores at least {@link
 * #SEMANTIC_PARAPHRASE_MIN}, anything else less, so the kind read off the score (paraphrase at and
 * above that threshold, related from {@link #SEMANTIC_RELATED_MIN}) is the learned decision.
 * Clamping moves about one STS-B pair in eight and keeps its Pearson correlation above 0.87.
 *
 * <p>Lexical mode is a weighted mean of the first three (weights chosen on the seed pair), read
 * against its own thresholds. Both modes give 1 for identical passages. A fragment of at most
 * {@link #FRAGMENT_STEMS} content words scored against a full sentence counts {@link
 * #FRAGMENT_FACTOR} of its score, in both modes. The related thresholds were read off STS-B train
 * (grade 2 and up); the figures are in the README, Alignment.
 */
final class SimilarityScorer {
  static final double W_LEXICAL = 0.55;
  static final double W_CHARS = 0.30;
  static final double W_NAMES = 0.15;
  static final double TEMPORAL_WEIGHT = 0.1;

  /** Content words up to which a passage is a fragment (see {@link #isFragmentPair}). */
  static final int FRAGMENT_STEMS = 2;
  /** Factor on the score of a fragment and a full sentence. */
  static final double FRAGMENT_FACTOR = 0.5;

  /** Cosine that counts as no similarity at all (typical of unrelated news sentences). */
  static final double COSINE_FLOOR = 0.10;
  /**
   * Semantic mode: weight of each signal of {@link #SIGNAL_NAMES}; the similarity weights sum to
   * 1, so identical passages score 1, and the mismatch weights are negative.
   */
  static final double[] WEIGHTS = {0.70, 0.30, 0.0, 0.0, -0.10, 0.0, 0.0};

  /**
   * Semantic mode: lowest score of a paraphrase; the score of a pair {@link ParaphraseModel}
   * calls a paraphrase is raised to it, that of any other pair kept below it.
   */
  static final double SEMANTIC_PARAPHRASE_MIN = 0.57;
  /** Semantic mode: highest score of a pair that is not a paraphrase (below the threshold after rounding). */
  static final double SEMANTIC_BELOW_PARAPHRASE = SEMANTIC_PARAPHRASE_MIN - 0.001;
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

  /** Names of the semantic-mode signals, in the order of {@link #signals}. */
  static final List<String> SIGNAL_NAMES =
      List.of(
          "semantic", "lexical", "containment", "chars", "numbersUnshared", "namesUnshared",
          "lengthGap");

  /** Returns the combined similarity of two passages. */
  double score(SentenceFeatures a, SentenceFeatures b) {
    double s =
        semantic && a.vector != null && b.vector != null
            ? agree(combine(signals(a, b)), ParaphraseModel.probability(a, b) >= ParaphraseModel.DECISION)
            : lexicalScore(a, b);
    return isFragmentPair(a, b) ? s * FRAGMENT_FACTOR : s;
  }

  /**
   * Returns the semantic-mode similarity of two embedded passages before it is made to agree with
   * the paraphrase decision (fragment rule applied): how clauses are compared, since the decision
   * was fitted on whole sentences.
   */
  double similarity(SentenceFeatures a, SentenceFeatures b) {
    double s = combine(signals(a, b));
    return isFragmentPair(a, b) ? s * FRAGMENT_FACTOR : s;
  }

  /**
   * Returns whether one passage is a fragment of at most {@link #FRAGMENT_STEMS} content words
   * (such as "Sergey Lavrov said,") and the other a full sentence of more than twice as many:
   * what they share is then mostly a name, not a statement.
   */
  static boolean isFragmentPair(SentenceFeatures a, SentenceFeatures b) {
    int small = Math.min(a.stems.size(), b.stems.size());
    int large = Math.max(a.stems.size(), b.stems.size());
    return small <= FRAGMENT_STEMS && large > 2 * FRAGMENT_STEMS;
  }

  /**
   * Returns the semantic-mode signals of two passages, named by {@link #SIGNAL_NAMES}: four
   * similarities that are 1 for identical passages, then three mismatches that are 0 for them.
   */
  double[] signals(SentenceFeatures a, SentenceFeatures b) {
    double cosine = a.vector == null || b.vector == null ? 0 : Embedder.cosine(a.vector, b.vector);
    double sem = Math.max(0, (cosine - COSINE_FLOOR) / (1 - COSINE_FLOOR));
    int shorter = Math.min(a.words, b.words);
    int longer = Math.max(a.words, b.words);
    return new double[] {
      sem,
      lexical(a, b),
      containment(a, b),
      dice(a.grams, b.grams),
      unsharedShare(a.numbers, b.numbers),
      unsharedShare(a.names, b.names),
      longer == 0 ? 0 : 1 - (double) shorter / longer
    };
  }

  /** Returns semantic-mode similarity {@code s} moved to the side of the threshold the paraphrase decision says. */
  static double agree(double s, boolean paraphrase) {
    return paraphrase
        ? Math.max(s, SEMANTIC_PARAPHRASE_MIN)
        : Math.min(s, SEMANTIC_BELOW_PARAPHRASE);
  }

  /** Returns the semantic-mode score from its signals (see {@link #SIGNAL_NAMES}). */
  static double combine(double[] s) {
    double x = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      x += WEIGHTS[i] * s[i];
    }
    return Math.max(0, Math.min(1, x));
  }

  /**
   * Returns the idf-weighted share of the content stems of the passage with fewer of them that
   * the other passage has: 1 when the shorter passage is said in full inside the longer one.
   */
  double containment(SentenceFeatures a, SentenceFeatures b) {
    SentenceFeatures small = a.stems.size() <= b.stems.size() ? a : b;
    SentenceFeatures large = small == a ? b : a;
    double shared = 0;
    double total = 0;
    for (String s : small.stems.keySet()) {
      double w = weight(s);
      total += w;
      if (large.stems.containsKey(s)) {
        shared += w;
      }
    }
    return total == 0 ? 0 : shared / total;
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
