package org.parallax.align;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.Map;

/**
 * The calibrated score of an aligned passage pair: the probability, from a logistic regression, that
 * the two passages tell the same content (in full or in part), with weights read from the resource
 * {@value #RESOURCE}. The shipped weights were fitted on alignments shown on BASIL dev article pairs
 * outside the judged panel and judged by hand (bench/align-news, by {@code parallax eval panel
 * ../shared/datasets/basil-dev --panel bench/align-news --fit-alignment-score OUT}); the MSRP-fitted
 * score that came before separated right from wrong pairs on news less well (ROC AUC 0.78 on that
 * set, against 0.90; see README, Alignment).
 *
 * <p>Features ({@link #FEATURE_NAMES}): the embedding cosine and the stem overlap of {@link
 * SimilarityScorer} (every word weighted alike), and the shared content weighted by rarity in the
 * article pair ({@link #rareShared}). Two reports of one event share their topic words in many
 * sentences, so sharing them says little; a content word that few sentences of the two articles
 * have and both passages have says they tell the same thing. The rarity comes from the two articles,
 * so the score reads the same for a pair whatever else is aligned, and it is comparable across
 * reports; without articles (benchmark pairs) every word weighs alike.
 */
final class AlignmentScore {
  /** Classpath resource, next to this class, that holds the fitted weights. */
  static final String RESOURCE = "alignment-score.tsv";

  /** Names of the features of {@link #features}, in order; the weights file uses them as keys. */
  static final List<String> FEATURE_NAMES = List.of("semantic", "lexical", "rareShared");

  /** Rarity for passages without articles: every stem weighs one. */
  static final ToDoubleFunction<String> UNIFORM_RARITY = stem -> 1.0;

  private static final SimilarityScorer UNIFORM = new SimilarityScorer(Map.of(), 1.0, true);

  private AlignmentScore() {}

  /**
   * Returns the features of two passages, named by {@link #FEATURE_NAMES}; {@code rarity} gives the
   * weight of a stem (see {@link #rarity}). A passage without a vector (the aligner paired it as
   * identical text before embedding, or runs without the model) takes cosine 1 when both texts have
   * the same words and otherwise the stem overlap in its place.
   */
  static double[] features(SentenceFeatures a, SentenceFeatures b, ToDoubleFunction<String> rarity) {
    Overlap o = Overlap.of(a, b);
    double[] s = UNIFORM.signals(a, b, o);
    double semantic = s[0];
    if (a.vector == null || b.vector == null) {
      semantic = a.allWords.equals(b.allWords) ? 1 : s[1];
    }
    return new double[] {semantic, s[1], rareShared(a, b, rarity)};
  }

  /**
   * Returns the rarity-weighted share of content both passages have: the summed rarity of the
   * content stems both have, over that of the passage whose stems weigh less, names and numbers left
   * out on both sides (a shared name tells the same people, not the same content).
   */
  static double rareShared(SentenceFeatures a, SentenceFeatures b, ToDoubleFunction<String> rarity) {
    double shared = 0;
    double wa = 0;
    double wb = 0;
    for (String s : a.stems.keySet()) {
      if (a.names.contains(s) || b.names.contains(s)) {
        continue;
      }
      double w = rarity.applyAsDouble(s);
      wa += w;
      if (b.stems.containsKey(s)) {
        shared += w;
      }
    }
    for (String s : b.stems.keySet()) {
      if (!a.names.contains(s) && !b.names.contains(s)) {
        wb += rarity.applyAsDouble(s);
      }
    }
    double less = Math.min(wa, wb);
    return less <= 0 ? 0 : Math.min(1, shared / less);
  }

  /**
   * Returns the rarity of a stem in an article pair of {@code sentences} sentences, {@code
   * sentencesWith} of which have it: {@code ln((sentences + 1) / max(1, sentencesWith))}.
   */
  static ToDoubleFunction<String> rarity(int sentences, ToIntFunction<String> sentencesWith) {
    return stem -> Math.log((sentences + 1.0) / Math.max(1, sentencesWith.applyAsInt(stem)));
  }

  /** Returns the calibrated score of two passages with the shipped weights, rounded to 3 places. */
  static double probability(SentenceFeatures a, SentenceFeatures b, ToDoubleFunction<String> rarity) {
    return Aligner.round(ParaphraseModel.probability(Shipped.WEIGHTS, features(a, b, rarity)));
  }

  /** Returns the shipped weights: intercept, then one per {@link #FEATURE_NAMES} entry. */
  static double[] weights() {
    return Shipped.WEIGHTS.clone();
  }

  /** Holds the shipped weights, read on first use (fitting new ones does not need them). */
  private static final class Shipped {
    static final double[] WEIGHTS = load();
  }

  private static double[] load() {
    try (InputStream in = AlignmentScore.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return ParaphraseModel.parse(
          FEATURE_NAMES, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the text of a weights file for intercept and weights {@code w}, after {@code header} comment lines. */
  static String format(List<String> header, double[] w) {
    return ParaphraseModel.format(FEATURE_NAMES, header, w);
  }
}
