package org.parallax.align;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The calibrated score of an aligned passage pair: the probability, from a logistic regression, that
 * the two passages say the same thing in full (paraphrases in the MSRP sense; one that carries only
 * part of the other scores low), with weights read from the resource {@value #RESOURCE}
 * (fitted on the MSRP training split by {@code parallax eval msrp FILE --fit-alignment-score OUT}: a
 * paraphrase counts as the same content). The training split was chosen over STS-B train (pairs
 * graded 2.5, 3, 3.5 or 4 and up as the same content) by the ROC AUC on the judged panel's dev half.
 *
 * <p>Unlike the similarity that ranks candidate pairs, it is computed from the pair alone, with
 * every word weighted alike (no statistics of the articles around it), so a confidence of 0.8 means
 * the same in every report. Features ({@link #FEATURE_NAMES}): the semantic-mode signals of {@link
 * SimilarityScorer} (embedding cosine, stem overlap, containment, character trigrams, unshared
 * numbers and names, length gap), the share of words the word diff keeps equal, and the longest
 * stretch of content words both passages have in the same order (at most {@link #RUN_CAP}, over
 * {@code RUN_CAP}).
 */
final class AlignmentScore {
  /** Classpath resource, next to this class, that holds the fitted weights. */
  static final String RESOURCE = "alignment-score.tsv";
  /** Content words of a shared stretch of wording past which a longer one adds nothing. */
  static final int RUN_CAP = 8;

  /** Names of the features of {@link #features}, in order; the weights file uses them as keys. */
  static final List<String> FEATURE_NAMES;

  static {
    List<String> names = new ArrayList<>(SimilarityScorer.SIGNAL_NAMES);
    names.add("equalShare");
    names.add("sharedRun");
    FEATURE_NAMES = List.copyOf(names);
  }

  private static final SimilarityScorer UNIFORM = new SimilarityScorer(Map.of(), 1.0, true);

  private AlignmentScore() {}

  /**
   * Returns the features of two passages and their word diff, named by {@link #FEATURE_NAMES}. A
   * passage without a vector (the aligner paired it as identical text before embedding, or runs
   * without the model) takes cosine 1 when both texts have the same words and otherwise the
   * stem overlap in its place.
   */
  static double[] features(SentenceFeatures a, SentenceFeatures b, List<DiffSegment> diff) {
    Overlap o = Overlap.of(a, b);
    double[] s = UNIFORM.signals(a, b, o);
    if (a.vector == null || b.vector == null) {
      s[0] = a.allWords.equals(b.allWords) ? 1 : s[1];
    }
    double[] out = new double[FEATURE_NAMES.size()];
    System.arraycopy(s, 0, out, 0, s.length);
    out[s.length] = WordDiffer.equalShare(diff);
    int run = SharedEvidence.of(a, b, stem -> 0).runContent();
    out[s.length + 1] = Math.min(run, RUN_CAP) / (double) RUN_CAP;
    return out;
  }

  /** Returns the calibrated score of two passages with the shipped weights, rounded to 3 places. */
  static double probability(SentenceFeatures a, SentenceFeatures b, List<DiffSegment> diff) {
    return Aligner.round(ParaphraseModel.probability(Shipped.WEIGHTS, features(a, b, diff)));
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
