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
  /** Without word statistics: {@code defaultIdf} for the stems of any passage of up to this many. */
  private final double[] uniformWeights;

  /** Creates a scorer; without idf statistics (empty map) every word weighs {@code defaultIdf}. */
  SimilarityScorer(Map<String, Double> idf, double defaultIdf, boolean semantic) {
    this.idf = Map.copyOf(idf);
    this.defaultIdf = defaultIdf;
    this.semantic = semantic;
    if (idf.isEmpty()) {
      uniformWeights = new double[256];
      java.util.Arrays.fill(uniformWeights, defaultIdf);
    } else {
      uniformWeights = null;
    }
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
    Overlap o = Overlap.of(a, b);
    double s =
        semantic && a.vector != null && b.vector != null
            ? agree(
                combine(signals(a, b, o)),
                ParaphraseModel.probability(a, b, o) >= ParaphraseModel.DECISION)
            : lexicalScore(a, b, o);
    return isFragmentPair(a, b) ? s * FRAGMENT_FACTOR : s;
  }

  /**
   * Returns the semantic-mode similarity of two embedded passages before it is made to agree with
   * the paraphrase decision (fragment rule applied): how clauses are compared, since the decision
   * was fitted on whole sentences.
   */
  double similarity(SentenceFeatures a, SentenceFeatures b) {
    double s = combine(signals(a, b, Overlap.of(a, b)));
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
    return signals(a, b, Overlap.of(a, b));
  }

  /** Returns the signals of {@link #signals(SentenceFeatures, SentenceFeatures)} from the overlap {@code o} of the two. */
  double[] signals(SentenceFeatures a, SentenceFeatures b, Overlap o) {
    double sem = Math.max(0, (o.cosine - COSINE_FLOOR) / (1 - COSINE_FLOOR));
    int shorter = Math.min(a.words, b.words);
    int longer = Math.max(a.words, b.words);
    return new double[] {
      sem,
      lexical(a, b, o),
      containment(a, b, o),
      dice(a.grams.size(), b.grams.size(), o.gramsShared),
      unsharedShare(a.numbers.size(), b.numbers.size(), o.numbersShared),
      unsharedShare(a.names.size(), b.names.size(), o.namesShared),
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
    return containment(a, b, Overlap.of(a, b));
  }

  private double containment(SentenceFeatures a, SentenceFeatures b, Overlap o) {
    boolean aSmall = a.stems.size() <= b.stems.size();
    SentenceFeatures small = aSmall ? a : b;
    double[] w = weights(small);
    boolean[] found = aSmall ? o.aInB : o.bInA;
    // Sums in the stem order of the smaller passage, as a walk over its stems adds them.
    double shared = 0;
    double total = 0;
    for (int k = 0, n = small.stems.size(); k < n; k++) {
      total += w[k];
      if (found[k]) {
        shared += w[k];
      }
    }
    return total == 0 ? 0 : shared / total;
  }

  /** Returns the share of the numbers of both passages that only one of them has. */
  static double unsharedShare(Set<String> a, Set<String> b) {
    int shared = 0;
    for (String n : a) {
      if (b.contains(n)) {
        shared++;
      }
    }
    return unsharedShare(a.size(), b.size(), shared);
  }

  private static double unsharedShare(int sizeA, int sizeB, int shared) {
    if (sizeA == 0 && sizeB == 0) {
      return 0;
    }
    int union = sizeA + sizeB - shared;
    return (double) (union - shared) / union;
  }

  /** Returns the lexical-mode score: stems, character trigrams and names. */
  double lexicalScore(SentenceFeatures a, SentenceFeatures b) {
    return lexicalScore(a, b, Overlap.of(a, b));
  }

  private double lexicalScore(SentenceFeatures a, SentenceFeatures b, Overlap o) {
    double lexical = lexical(a, b, o);
    double chars = dice(a.grams.size(), b.grams.size(), o.gramsShared);
    if (a.names.isEmpty() && b.names.isEmpty()) {
      // No names on either side: spread the names weight over the other signals.
      return (W_LEXICAL * lexical + W_CHARS * chars) / (W_LEXICAL + W_CHARS);
    }
    return W_LEXICAL * lexical + W_CHARS * chars + W_NAMES * names(a.names.size(), b.names.size(), o.namesShared);
  }

  double lexical(SentenceFeatures a, SentenceFeatures b) {
    return lexical(a, b, Overlap.of(a, b));
  }

  /**
   * Returns the idf-weighted Dice overlap of stems (temporal ones at {@link #TEMPORAL_WEIGHT});
   * the sums run over A's stems, then B's, then the temporal words, in that order (a different
   * order of floating-point additions could change the last bits).
   */
  private double lexical(SentenceFeatures a, SentenceFeatures b, Overlap o) {
    double[] wa = weights(a);
    double[] wb = weights(b);
    double shared = 0;
    double total = 0;
    for (int k = 0, n = a.stems.size(); k < n; k++) {
      total += wa[k];
      if (o.aInB[k]) {
        shared += wa[k];
      }
    }
    for (int k = 0, n = b.stems.size(); k < n; k++) {
      total += wb[k];
      if (o.bInA[k]) {
        shared += wb[k];
      }
    }
    for (int k = a.temporal.size() + b.temporal.size(); k > 0; k--) {
      total += TEMPORAL_WEIGHT;
    }
    for (int k = 2 * o.temporalShared; k > 0; k--) {
      shared += TEMPORAL_WEIGHT;
    }
    return total == 0 ? 0 : shared / total;
  }

  /**
   * Returns the weight of each content stem of {@code f}, in the order of its stems (the array may
   * be longer): without word statistics the same array of the default weight for every passage,
   * otherwise one kept on {@code f} for the next pair.
   */
  private double[] weights(SentenceFeatures f) {
    if (uniformWeights != null && f.stems.size() <= uniformWeights.length) {
      return uniformWeights;
    }
    SentenceFeatures.Weights w = f.weights;
    if (w != null && w.owner() == this) {
      return w.values();
    }
    double[] values = new double[f.stems.size()];
    int k = 0;
    for (String s : f.stems.keySet()) {
      values[k++] = weight(s);
    }
    f.weights = new SentenceFeatures.Weights(this, values);
    return values;
  }

  private double weight(String stem) {
    return idf.getOrDefault(stem, defaultIdf);
  }

  private static double dice(int sizeA, int sizeB, int shared) {
    if (sizeA == 0 || sizeB == 0) {
      return 0;
    }
    return 2.0 * shared / (sizeA + sizeB);
  }

  private static double names(int sizeA, int sizeB, int shared) {
    if (sizeA == 0 || sizeB == 0) {
      return 0;
    }
    return (double) shared / Math.min(sizeA, sizeB);
  }
}
