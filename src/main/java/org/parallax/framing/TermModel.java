package org.parallax.framing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;
import java.util.Objects;

/**
 * A logistic model that scores candidate loaded words: one weight per feature, a bias, and the score at
 * or above which a candidate is flagged.
 *
 * @param features the feature names, in vector order
 * @param weights one weight per feature
 * @param bias the intercept
 * @param threshold the probability at or above which a candidate is flagged
 * @param lemmas the learned loadedness of single words and lexicon terms by key (a smoothed log ratio
 *     of their loaded rate to the base rate), fed to the model as feature {@code lemma-prior}
 */
public record TermModel(
    List<String> features, List<Double> weights, double bias, double threshold, Map<String, Double> lemmas) {
  /** The resource holding the shipped weights. */
  static final String RESOURCE = "model/loaded-term-weights.tsv";

  public TermModel {
    features = List.copyOf(features);
    weights = List.copyOf(weights);
    if (features.size() != weights.size()) {
      throw new IllegalArgumentException("features and weights differ in number");
    }
    if (!Double.isFinite(bias) || weights.stream().anyMatch(w -> !Double.isFinite(w))) {
      throw new IllegalArgumentException("weights must be finite");
    }
    lemmas = Collections.unmodifiableMap(new TreeMap<>(lemmas));
    if (lemmas.values().stream().anyMatch(w -> !Double.isFinite(w))) {
      throw new IllegalArgumentException("lemma weights must be finite");
    }
  }

  /** Creates a model without learned word weights. */
  public TermModel(List<String> features, List<Double> weights, double bias, double threshold) {
    this(features, weights, bias, threshold, Map.of());
  }

  /** The feature that carries a candidate's learned word weight. */
  public static final String LEMMA_FEATURE = "lemma-prior";

  /** Returns the learned weight of a word or term key, 0 for one never seen. */
  public double lemmaPrior(String key) {
    return key == null ? 0 : lemmas.getOrDefault(key, 0.0);
  }

  /** Returns this model with other learned word weights. */
  public TermModel withLemmas(Map<String, Double> table) {
    return new TermModel(features, weights, bias, threshold, table);
  }

  /** Returns the feature names the framing stage computes, in vector order. */
  public static List<String> featureNames() {
    return TermScorer.FEATURES;
  }

  /** Returns the probability the model gives a feature vector. */
  public double score(List<Double> x) {
    Objects.requireNonNull(x, "x");
    if (x.size() != weights.size()) {
      throw new IllegalArgumentException("expected " + weights.size() + " features, got " + x.size());
    }
    double z = bias;
    for (int i = 0; i < x.size(); i++) {
      z += weights.get(i) * x.get(i);
    }
    return 1.0 / (1.0 + Math.exp(-z));
  }

  /** Returns this model with another flagging threshold. */
  public TermModel withThreshold(double t) {
    return new TermModel(features, weights, bias, t, lemmas);
  }

  /**
   * Fits a logistic regression by full-batch gradient descent with L2, the classes weighted to equal
   * mass; deterministic (zero start, fixed step and iteration count).
   */
  public static TermModel fit(List<List<Double>> x, List<Boolean> y, double l2, int iterations) {
    return fit(x, y, null, l2, iterations);
  }

  /**
   * Fits a logistic regression as {@link #fit(List, List, double, int)} does, each vector counted with
   * its sample weight (null for all 1).
   */
  public static TermModel fit(List<List<Double>> x, List<Boolean> y, List<Double> sampleWeights, double l2, int iterations) {
    Objects.requireNonNull(x, "x");
    if (sampleWeights != null && (sampleWeights.size() != x.size()
        || sampleWeights.stream().anyMatch(v -> !Double.isFinite(v) || v < 0))) {
      throw new IllegalArgumentException("one finite, non-negative sample weight per vector expected");
    }
    Objects.requireNonNull(y, "y");
    if (x.size() != y.size() || x.isEmpty()) {
      throw new IllegalArgumentException("need as many labels as vectors, and at least one");
    }
    int n = x.size();
    int d = x.get(0).size();
    double[][] m = new double[n][d];
    double positives = 0;
    double negatives = 0;
    double[] sw = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        m[i][j] = x.get(i).get(j);
      }
      sw[i] = sampleWeights == null ? 1 : sampleWeights.get(i);
      if (y.get(i)) {
        positives += sw[i];
      } else {
        negatives += sw[i];
      }
    }
    double mass = positives + negatives;
    double wPos = positives == 0 ? 1 : mass / (2.0 * positives);
    double wNeg = negatives == 0 ? 1 : mass / (2.0 * negatives);
    double[] w = new double[d];
    double b = 0;
    double step = 1.0;
    double[] g = new double[d];
    for (int it = 0; it < iterations; it++) {
      java.util.Arrays.fill(g, 0);
      double gb = 0;
      for (int i = 0; i < n; i++) {
        double z = b;
        double[] row = m[i];
        for (int j = 0; j < d; j++) {
          z += w[j] * row[j];
        }
        double p = 1.0 / (1.0 + Math.exp(-z));
        boolean pos = y.get(i);
        double err = (p - (pos ? 1 : 0)) * (pos ? wPos : wNeg) * sw[i];
        for (int j = 0; j < d; j++) {
          g[j] += err * row[j];
        }
        gb += err;
      }
      for (int j = 0; j < d; j++) {
        w[j] -= step * (g[j] / n + l2 * w[j]);
      }
      b -= step * gb / n;
    }
    List<Double> weights = new ArrayList<>();
    for (double v : w) {
      weights.add(v);
    }
    List<String> names = d == TermScorer.FEATURES.size() ? TermScorer.FEATURES : numbered(d);
    return new TermModel(names, weights, b, 0.5);
  }

  private static List<String> numbered(int d) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < d; i++) {
      out.add("f" + i);
    }
    return out;
  }

  /** Returns the model as the text of a weights file, with a header naming where the weights come from. */
  public String write(String header) {
    StringBuilder b = new StringBuilder();
    for (String line : header.split("\n", -1)) {
      if (!line.isEmpty()) {
        b.append("# ").append(line).append('\n');
      }
    }
    b.append(String.format(Locale.ROOT, "threshold\t%.6f%n", threshold));
    b.append(String.format(Locale.ROOT, "bias\t%.6f%n", bias));
    for (int i = 0; i < features.size(); i++) {
      b.append(features.get(i)).append('\t').append(String.format(Locale.ROOT, "%.6f", weights.get(i))).append('\n');
    }
    for (Map.Entry<String, Double> e : lemmas.entrySet()) {
      b.append("word\t").append(e.getKey()).append('\t').append(String.format(Locale.ROOT, "%.4f", e.getValue())).append('\n');
    }
    return b.toString();
  }

  /** Returns the model of a weights file's text; features it does not name get weight 0. */
  public static TermModel read(String text) {
    Objects.requireNonNull(text, "text");
    double threshold = 0.5;
    double bias = 0;
    Map<String, Double> table = new TreeMap<>();
    List<Double> weights = new ArrayList<>();
    for (int i = 0; i < TermScorer.FEATURES.size(); i++) {
      weights.add(0.0);
    }
    for (String raw : text.split("\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length < 2) {
        throw new IllegalArgumentException("weights line without a value: " + line);
      }
      String name = cols[0].strip();
      if (name.equals("word")) {
        if (cols.length < 3) {
          throw new IllegalArgumentException("word line without a weight: " + line);
        }
        table.put(cols[1].strip(), Double.parseDouble(cols[2].strip()));
        continue;
      }
      double v = Double.parseDouble(cols[1].strip());
      switch (name) {
        case "threshold" -> threshold = v;
        case "bias" -> bias = v;
        default -> {
          int at = TermScorer.FEATURES.indexOf(name);
          if (at < 0) {
            throw new IllegalArgumentException("unknown feature in weights: " + name);
          }
          weights.set(at, v);
        }
      }
    }
    return new TermModel(TermScorer.FEATURES, weights, bias, threshold, table);
  }

  /** Returns the model shipped with Parallax. */
  public static TermModel shipped() {
    return Shipped.MODEL;
  }

  private static final class Shipped {
    static final TermModel MODEL = load();

    private static TermModel load() {
      InputStream in = TermModel.class.getResourceAsStream(RESOURCE);
      if (in == null) {
        throw new IllegalStateException("framing resource is missing: " + RESOURCE);
      }
      StringBuilder b = new StringBuilder();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          b.append(line).append('\n');
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return read(b.toString());
    }
  }
}
