package org.parallax.align;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The learned paraphrase decision: a logistic regression over the semantic-mode signals of
 * {@link SimilarityScorer} and word n-gram overlaps, with weights read from the resource {@value
 * #RESOURCE} (fitted on the MSRP training split by {@code MsrpEval FILE --fit OUT}).
 *
 * <p>Features are computed with every word weighted alike (no document statistics), as they were
 * when the weights were fitted, so the decision on a pair does not depend on the articles around
 * it. A pair is a paraphrase when the modelled probability reaches {@link #DECISION}.
 */
final class ParaphraseModel {
  /** Classpath resource, next to this class, that holds the fitted weights. */
  static final String RESOURCE = "paraphrase-weights.tsv";
  /** Probability at and above which a pair is a paraphrase. */
  static final double DECISION = 0.5;

  /** Names of the features of {@link #features}, in order; the weights file uses them as keys. */
  static final List<String> FEATURE_NAMES;

  static {
    List<String> names = new ArrayList<>(SimilarityScorer.SIGNAL_NAMES);
    for (int n = 1; n <= 4; n++) {
      names.add("words" + n + "Min");
      names.add("words" + n + "Max");
    }
    names.addAll(
        List.of(
            "contentMin", "contentMax", "content2Min", "content2Max", "numbersEqual",
            "numbersNested", "wordLengthGap", "contentUnshared", "chars4Contained", "chars4Dice"));
    FEATURE_NAMES = List.copyOf(names);
  }

  private static final SimilarityScorer UNIFORM = new SimilarityScorer(Map.of(), 1.0, true);

  private ParaphraseModel() {}

  /** Returns the probability that two embedded passages are paraphrases. */
  static double probability(SentenceFeatures a, SentenceFeatures b) {
    return probability(a, b, Overlap.of(a, b));
  }

  /** Returns the probability that two embedded passages are paraphrases, given their overlap {@code o}. */
  static double probability(SentenceFeatures a, SentenceFeatures b, Overlap o) {
    return probability(Shipped.WEIGHTS, features(a, b, o));
  }

  /** Returns the probability of a logistic model: intercept {@code w[0]}, then one weight a feature. */
  static double probability(double[] w, double[] x) {
    if (w.length != x.length + 1) {
      throw new IllegalArgumentException("expected " + (w.length - 1) + " features, got " + x.length);
    }
    double z = w[0];
    for (int k = 0; k < x.length; k++) {
      z += w[k + 1] * x[k];
    }
    return 1 / (1 + Math.exp(-z));
  }

  /** Returns the shipped weights: intercept, then one per {@link #FEATURE_NAMES} entry. */
  static double[] weights() {
    return Shipped.WEIGHTS.clone();
  }

  /**
   * Returns the features of two passages, named by {@link #FEATURE_NAMES}: the semantic-mode
   * signals with words weighted alike; for word n-grams (n = 1..4, all words) and content-word
   * uni- and bigrams, the smaller and the larger of the two shares of one side's n-grams found
   * on the other; whether the digit numbers agree and whether one set contains the other; the
   * relative gap in word count; the share of content words only one side has; and containment
   * and Dice overlap of lowercase character 4-grams.
   */
  static double[] features(SentenceFeatures a, SentenceFeatures b) {
    return features(a, b, Overlap.of(a, b));
  }

  /** Returns the features of {@link #features(SentenceFeatures, SentenceFeatures)} from the overlap {@code o} of the two. */
  static double[] features(SentenceFeatures a, SentenceFeatures b, Overlap o) {
    double[] signals = UNIFORM.signals(a, b, o);
    double[] out = new double[FEATURE_NAMES.size()];
    System.arraycopy(signals, 0, out, 0, signals.length);
    int k = signals.length;
    Grams ga = grams(a);
    Grams gb = grams(b);
    for (int n = 0; n < ga.words.length; n++) {
      k = shares(out, k, ga.words[n].sharedMin(gb.words[n]), positions(a.allWords.size(), n + 1), positions(b.allWords.size(), n + 1));
    }
    for (int n = 0; n < ga.content.length; n++) {
      k = shares(
          out, k, ga.content[n].sharedMin(gb.content[n]),
          positions(a.contentWords.size(), n + 1), positions(b.contentWords.size(), n + 1));
    }
    int numbers = o.numbersShared;
    int na = a.numbers.size();
    int nb = b.numbers.size();
    out[k++] = na == nb && numbers == na ? 1 : 0;
    out[k++] = numbers == nb || numbers == na ? 1 : 0;
    int la = a.allWords.size();
    int lb = b.allWords.size();
    out[k++] = Math.max(la, lb) == 0 ? 0 : (double) Math.abs(la - lb) / Math.max(la, lb);
    int sharedContent = ga.contentSet.shared(gb.contentSet);
    int union = ga.contentSet.size() + gb.contentSet.size() - sharedContent;
    out[k++] = union == 0 ? 0 : (double) (union - sharedContent) / union;
    int small = Math.min(ga.chars4.length, gb.chars4.length);
    int large = Math.max(ga.chars4.length, gb.chars4.length);
    int g = SortedKeys.shared(ga.chars4, gb.chars4);
    out[k++] = small == 0 ? 0 : (double) g / small;
    out[k++] = small + large == 0 ? 0 : 2.0 * g / (small + large);
    return out;
  }

  /**
   * The n-grams and character 4-grams of one passage, computed once per passage, sorted for
   * intersections by merging (see {@link SortedKeys}).
   */
  static final class Grams {
    /** Word n-grams with counts, n = 1..4. */
    final SortedKeys[] words = new SortedKeys[4];
    /** Content-word n-grams with counts, n = 1..2. */
    final SortedKeys[] content = new SortedKeys[2];
    final SortedKeys contentSet;
    /** Distinct lowercase character 4-grams of the text, packed (see {@link SortedKeys#pack}) and sorted. */
    final long[] chars4;

    Grams(SentenceFeatures f) {
      for (int n = 1; n <= 4; n++) {
        words[n - 1] = SortedKeys.ofMultiset(ngrams(f.allWords, n));
      }
      for (int n = 1; n <= 2; n++) {
        content[n - 1] = SortedKeys.ofMultiset(ngrams(f.contentWords, n));
      }
      contentSet = content[0];
      chars4 = ParaphraseModel.chars4(f.text);
    }
  }

  private static Grams grams(SentenceFeatures f) {
    Grams g = f.grams4model;
    if (g == null) {
      g = new Grams(f);
      f.grams4model = g;
    }
    return g;
  }

  /** Returns the n-grams of {@code words}, joined by a space, with repeats, in order. */
  private static List<String> ngrams(List<String> words, int n) {
    if (n == 1) {
      return words;
    }
    List<String> out = new ArrayList<>(Math.max(0, words.size() - n + 1));
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i + n <= words.size(); i++) {
      sb.setLength(0);
      for (int w = i; w < i + n; w++) {
        if (w > i) {
          sb.append(' ');
        }
        sb.append(words.get(w));
      }
      out.add(sb.toString());
    }
    return out;
  }

  /**
   * Writes at {@code out[k]} and {@code out[k + 1]} the smaller and the larger share of one side's
   * n-grams (with counts) met on the other, {@code shared} being the sum over n-grams of the
   * smaller count; returns the next index.
   */
  private static int shares(double[] out, int k, int shared, int totalA, int totalB) {
    double pa = (double) shared / Math.max(1, totalA);
    double pb = (double) shared / Math.max(1, totalB);
    out[k] = Math.min(pa, pb);
    out[k + 1] = Math.max(pa, pb);
    return k + 2;
  }

  /** Returns how many n-grams (with repeats) a passage of {@code words} words has. */
  private static int positions(int words, int n) {
    return Math.max(0, words - n + 1);
  }

  private static long[] chars4(String text) {
    String s = text.toLowerCase(Locale.ROOT);
    long[] out = new long[Math.max(0, s.length() - 3)];
    for (int i = 0; i + 4 <= s.length(); i++) {
      out[i] = SortedKeys.pack(s, i, i + 4);
    }
    return SortedKeys.sortedDistinct(out, out.length);
  }

  /** Holds the shipped weights, read on first use (fitting new ones does not need them). */
  private static final class Shipped {
    static final double[] WEIGHTS = load();
  }

  /** Reads the weights resource; a missing or malformed file is a build error, so it fails loudly. */
  private static double[] load() {
    try (InputStream in = ParaphraseModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns intercept and weights from the lines of a weights file: {@code #} comments, then
   * {@code name<TAB>weight} lines, the first named {@code intercept}, then every feature of
   * {@link #FEATURE_NAMES} in order.
   */
  static double[] parse(List<String> lines) {
    return parse(FEATURE_NAMES, lines);
  }

  /** Returns intercept and weights from the lines of a weights file whose features are {@code featureNames}. */
  static double[] parse(List<String> featureNames, List<String> lines) {
    List<String> expected = new ArrayList<>();
    expected.add("intercept");
    expected.addAll(featureNames);
    double[] w = new double[expected.size()];
    int k = 0;
    for (String line : lines) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      String[] f = l.split("\t");
      if (k >= w.length || f.length != 2 || !f[0].equals(expected.get(k))) {
        throw new IllegalStateException(
            "weights file: expected " + (k < w.length ? expected.get(k) : "no more lines") + ", got: " + l);
      }
      w[k++] = Double.parseDouble(f[1]);
    }
    if (k != w.length) {
      throw new IllegalStateException("weights file: " + k + " of " + w.length + " weights");
    }
    return w;
  }

  /** Returns the text of a weights file for intercept and weights {@code w}, after {@code header} comment lines. */
  static String format(List<String> header, double[] w) {
    return format(FEATURE_NAMES, header, w);
  }

  /** Returns the text of a weights file for features {@code featureNames}, intercept and weights {@code w}. */
  static String format(List<String> featureNames, List<String> header, double[] w) {
    if (w.length != featureNames.size() + 1) {
      throw new IllegalArgumentException("expected " + (featureNames.size() + 1) + " weights");
    }
    StringBuilder sb = new StringBuilder();
    for (String h : header) {
      sb.append("# ").append(h).append('\n');
    }
    sb.append("intercept\t").append(String.format(Locale.ROOT, "%.8f", w[0])).append('\n');
    for (int k = 0; k < featureNames.size(); k++) {
      sb.append(featureNames.get(k)).append('\t').append(String.format(Locale.ROOT, "%.8f", w[k + 1])).append('\n');
    }
    return sb.toString();
  }
}
