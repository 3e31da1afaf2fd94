package org.parallax.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.parallax.align.Aligner;

/**
 * Scores the aligner's paraphrase decision on the Microsoft Research Paraphrase Corpus.
 *
 * <p>Input is the corpus's tab-separated format: a header line, then {@code Quality, #1 ID, #2 ID,
 * #1 String, #2 String} with quality 1 for a paraphrase. A pair counts as a paraphrase when its
 * similarity reaches the threshold fixed in the aligner; the positive class for precision, recall
 * and F1 is "paraphrase".
 *
 * <p>With the embedding model, the aligner's decision is a logistic regression whose shipped
 * weights were fitted on the MSRP training file, so its figure on that file is optimistic. The
 * headline is therefore {@value #FOLDS}-fold cross-validated: pair i falls in fold i mod {@value
 * #FOLDS}, and each fold is decided by weights fitted the same way on the other folds. {@code
 * --fit OUT} refits the shipped weights on a file and writes them to OUT.
 */
public final class MsrpEval {
  /** Folds of the cross-validation. */
  static final int FOLDS = 10;
  /** L2 penalty of the logistic regression, on standardized features (the intercept is free). */
  static final double L2 = 1.0;

  private MsrpEval() {}

  /**
   * The outcome of one run.
   *
   * @param semantic whether the embedding model took part
   * @param truePositive paraphrases called paraphrases
   * @param falsePositive non-paraphrases called paraphrases
   * @param trueNegative non-paraphrases called non-paraphrases
   * @param falseNegative paraphrases missed
   * @param skipped lines that could not be read as a pair
   * @param crossValidated the same counts when each fold is decided by weights fitted on the
   *     other folds, or null when no weights are learned (lexical mode)
   */
  public record Result(
      boolean semantic,
      int truePositive,
      int falsePositive,
      int trueNegative,
      int falseNegative,
      int skipped,
      Result crossValidated) {
    public Result {
      if (truePositive < 0 || falsePositive < 0 || trueNegative < 0 || falseNegative < 0
          || skipped < 0) {
        throw new IllegalArgumentException("counts must not be negative");
      }
    }

    /** Creates a result without cross-validated counts. */
    public Result(
        boolean semantic,
        int truePositive,
        int falsePositive,
        int trueNegative,
        int falseNegative,
        int skipped) {
      this(semantic, truePositive, falsePositive, trueNegative, falseNegative, skipped, null);
    }

    /** Returns the number of pairs scored. */
    public int pairs() {
      return truePositive + falsePositive + trueNegative + falseNegative;
    }

    /** Returns the share of pairs classified correctly. */
    public double accuracy() {
      return pairs() == 0 ? 0 : (double) (truePositive + trueNegative) / pairs();
    }

    /** Returns the share of predicted paraphrases that are paraphrases. */
    public double precision() {
      int p = truePositive + falsePositive;
      return p == 0 ? 0 : (double) truePositive / p;
    }

    /** Returns the share of paraphrases found. */
    public double recall() {
      int p = truePositive + falseNegative;
      return p == 0 ? 0 : (double) truePositive / p;
    }

    /** Returns the harmonic mean of precision and recall. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** The readable pairs of an MSRP file, in file order. */
  record Pairs(List<String> a, List<String> b, List<Boolean> gold, int skipped) {}

  /** Reads the pairs of the MSRP file {@code file}, counting lines that are not a pair. */
  static Pairs read(Path file) throws IOException {
    List<String> a = new ArrayList<>();
    List<String> b = new ArrayList<>();
    List<Boolean> gold = new ArrayList<>();
    int skipped = 0;
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).replace("\uFEFF", "");
      if (line.isBlank() || (i == 0 && line.startsWith("Quality"))) {
        continue;
      }
      String[] f = line.split("\t", -1);
      String q = f.length >= 5 ? f[0].strip() : "";
      if (!q.equals("0") && !q.equals("1")) {
        skipped++;
        continue;
      }
      gold.add(q.equals("1"));
      a.add(f[3]);
      b.add(f[4]);
    }
    return new Pairs(a, b, gold, skipped);
  }

  /** Returns the confusion counts of the aligner on the MSRP file {@code file}. */
  public static Result evaluate(Path file, boolean semantic) throws IOException {
    Pairs p = read(file);
    List<String> a = p.a();
    List<String> b = p.b();
    List<Boolean> gold = p.gold();
    int skipped = p.skipped();
    Aligner aligner = new Aligner(semantic);
    double[] scores = aligner.similarities(a, b);
    boolean[] predicted = new boolean[scores.length];
    for (int i = 0; i < scores.length; i++) {
      predicted[i] = aligner.isParaphrase(scores[i]);
    }
    Result cv = null;
    if (semantic && !a.isEmpty()) {
      // The texts were just embedded, so the model's cache answers this second pass.
      double[][] x = Aligner.paraphraseFeatures(a, b);
      cv = count(true, crossValidate(x, gold), gold, 0, null);
    }
    return count(semantic, predicted, gold, skipped, cv);
  }

  private static Result count(
      boolean semantic, boolean[] predicted, List<Boolean> gold, int skipped, Result cv) {
    int tp = 0;
    int fp = 0;
    int tn = 0;
    int fn = 0;
    for (int i = 0; i < predicted.length; i++) {
      if (predicted[i] && gold.get(i)) {
        tp++;
      } else if (predicted[i]) {
        fp++;
      } else if (gold.get(i)) {
        fn++;
      } else {
        tn++;
      }
    }
    return new Result(semantic, tp, fp, tn, fn, skipped, cv);
  }

  /**
   * Returns the paraphrase decision for every pair when pair i is decided by weights fitted
   * (see {@link #fitWeights}) on the pairs outside its fold i mod {@link #FOLDS}.
   */
  static boolean[] crossValidate(double[][] x, List<Boolean> gold) {
    double[] scores = crossValidatedScores(x, gold);
    boolean[] out = new boolean[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = scores[i] >= 0;
    }
    return out;
  }

  /**
   * Returns each item's linear score ({@link Stats#logit}) under weights fitted on the items outside
   * its fold (item i is in fold i mod {@value #FOLDS}, or mod the number of items when fewer).
   */
  static double[] crossValidatedScores(double[][] x, List<Boolean> gold) {
    double[] out = new double[x.length];
    int folds = Math.min(FOLDS, x.length);
    for (int f = 0; f < folds; f++) {
      List<double[]> tx = new ArrayList<>();
      List<Boolean> ty = new ArrayList<>();
      for (int i = 0; i < x.length; i++) {
        if (i % folds != f) {
          tx.add(x[i]);
          ty.add(gold.get(i));
        }
      }
      double[] w = tx.isEmpty() ? new double[x[0].length + 1] : fitWeights(tx.toArray(double[][]::new), ty);
      for (int i = f; i < x.length; i += folds) {
        out[i] = Stats.logit(w, x[i]);
      }
    }
    return out;
  }

  /** Prints a fitted model's intercept and its weight for each feature named in {@code names}, a line each. */
  static void printWeights(List<String> names, double[] w, PrintWriter out) {
    out.printf(Locale.ROOT, "  %-16s %10.4f%n", "intercept", w[0]);
    for (int k = 0; k < names.size(); k++) {
      out.printf(Locale.ROOT, "  %-16s %10.4f%n", names.get(k), w[k + 1]);
    }
  }

  /**
   * Returns intercept and weights of a logistic regression of {@code gold} on {@code x}, fitted
   * on standardized features with L2 penalty {@link #L2} and mapped back to the raw features, so
   * that p = 0.5 is {@code Stats.logit(w, x) = 0}.
   */
  static double[] fitWeights(double[][] x, List<Boolean> gold) {
    int d = x[0].length;
    double[] mean = new double[d];
    double[] sd = new double[d];
    for (double[] row : x) {
      for (int k = 0; k < d; k++) {
        mean[k] += row[k] / x.length;
      }
    }
    for (double[] row : x) {
      for (int k = 0; k < d; k++) {
        sd[k] += (row[k] - mean[k]) * (row[k] - mean[k]) / x.length;
      }
    }
    for (int k = 0; k < d; k++) {
      sd[k] = sd[k] > 1e-18 ? Math.sqrt(sd[k]) : 1;
    }
    double[][] z = new double[x.length][d];
    boolean[] y = new boolean[x.length];
    for (int n = 0; n < x.length; n++) {
      for (int k = 0; k < d; k++) {
        z[n][k] = (x[n][k] - mean[k]) / sd[k];
      }
      y[n] = gold.get(n);
    }
    double[] ws = Stats.logistic(z, y, L2);
    double[] w = new double[d + 1];
    w[0] = ws[0];
    for (int k = 0; k < d; k++) {
      w[k + 1] = ws[k + 1] / sd[k];
      w[0] -= ws[k + 1] * mean[k] / sd[k];
    }
    return w;
  }

  /**
   * Fits the paraphrase decision's weights on every pair of {@code file}, writes them as a weights
   * file to {@code weightsOut} (the aligner ships {@code
   * src/main/resources/org/parallax/align/paraphrase-weights.tsv}), and prints the
   * cross-validated figures and the fitted weights' figures on the same file.
   */
  public static void fit(Path file, Path weightsOut, PrintWriter out) throws IOException {
    Pairs p = read(file);
    if (p.gold().isEmpty()) {
      throw new IOException("no readable pairs in " + file);
    }
    double[][] x = Aligner.paraphraseFeatures(p.a(), p.b());
    double[] w = fitWeights(x, p.gold());
    boolean[] own = new boolean[x.length];
    for (int i = 0; i < x.length; i++) {
      own[i] = Stats.logit(w, x[i]) >= 0;
    }
    Result cv = count(true, crossValidate(x, p.gold()), p.gold(), 0, null);
    Result fitted = count(true, own, p.gold(), p.skipped(), cv);
    List<String> header =
        List.of(
            "Weights of the learned paraphrase decision (org.parallax.align.ParaphraseModel): logistic",
            "regression, intercept then one weight a feature on the raw feature values; paraphrase when",
            "the probability is at least 0.5.",
            String.format(
                Locale.ROOT,
                "Fitted on the %d pairs of %s, the training split of the Microsoft Research",
                x.length,
                file.getFileName()),
            "Paraphrase Corpus (Microsoft Research licence); these numbers are weights derived from it, not",
            String.format(
                Locale.ROOT,
                "its data. Features standardized, L2 penalty %.1f, Newton steps; regenerate with",
                L2),
            "  ./parallax eval msrp msr_paraphrase_train.txt --fit OUT",
            String.format(
                Locale.ROOT,
                "%d-fold cross-validated on that file: accuracy %.1f%%, F1 %.1f; on its own training pairs",
                FOLDS,
                100 * cv.accuracy(),
                100 * cv.f1()),
            String.format(
                Locale.ROOT,
                "(optimistic): accuracy %.1f%%, F1 %.1f.",
                100 * fitted.accuracy(),
                100 * fitted.f1()));
    Files.writeString(weightsOut, Aligner.paraphraseWeightsFile(header, w), StandardCharsets.UTF_8);
    out.printf(Locale.ROOT, "fitted on %d pairs; weights written to %s%n", x.length, weightsOut);
    printWeights(Aligner.paraphraseFeatureNames(), w, out);
    print(fitted, out);
  }

  /**
   * Fits the weights of the calibrated alignment score (the probability that two aligned passages
   * tell the same content, shown as each alignment's {@code confidence}) on every pair of {@code
   * file}, an MSRP paraphrase counting as the same content, and writes them to {@code weightsOut}
   * (the aligner ships {@code src/main/resources/org/parallax/align/alignment-score.tsv}); prints
   * the {@value #FOLDS}-fold cross-validated accuracy and the weights.
   */
  public static void fitAlignmentScore(Path file, Path weightsOut, PrintWriter out) throws IOException {
    Pairs p = read(file);
    if (p.gold().isEmpty()) {
      throw new IOException("no readable pairs in " + file);
    }
    double[][] x = Aligner.alignmentScoreFeatures(p.a(), p.b());
    double[] w = fitWeights(x, p.gold());
    boolean[] cv = crossValidate(x, p.gold());
    double[] prob = new double[x.length];
    boolean[] gold = new boolean[x.length];
    int right = 0;
    for (int i = 0; i < x.length; i++) {
      prob[i] = Stats.logit(w, x[i]);
      gold[i] = p.gold().get(i);
      right += cv[i] == gold[i] ? 1 : 0;
    }
    double accuracy = (double) right / x.length;
    List<String> header =
        List.of(
            "Weights of the calibrated alignment score (org.parallax.align.AlignmentScore, each alignment's",
            "confidence): logistic regression, intercept then one weight a feature on the raw feature values;",
            "the score is the modelled probability that two passages tell the same content.",
            String.format(
                Locale.ROOT,
                "Fitted on the %d pairs of %s, the training split of the Microsoft Research",
                x.length,
                file.getFileName()),
            "Paraphrase Corpus (Microsoft Research licence), a paraphrase counting as the same content;",
            "these numbers are weights derived from it, not its data. Features standardized, L2 penalty",
            String.format(Locale.ROOT, "%.1f, Newton steps; regenerate with", L2),
            "  ./parallax eval msrp msr_paraphrase_train.txt --fit-alignment-score OUT",
            String.format(
                Locale.ROOT,
                "%d-fold cross-validated accuracy on that file %.1f%%; ROC AUC on its own pairs %.3f.",
                FOLDS,
                100 * accuracy,
                Stats.rocAuc(prob, gold)));
    Files.writeString(weightsOut, Aligner.alignmentScoreWeightsFile(header, w), StandardCharsets.UTF_8);
    out.printf(Locale.ROOT, "fitted on %d pairs; weights written to %s%n", x.length, weightsOut);
    printWeights(Aligner.alignmentScoreFeatureNames(), w, out);
    out.printf(Locale.ROOT, "%d-fold cross-validated accuracy %.1f%%; ROC AUC on the fitted pairs %.3f%n",
        FOLDS, 100 * accuracy, Stats.rocAuc(prob, gold));
    out.flush();
  }

  /**
   * Writes accuracy, precision, recall and F1 of {@code r} to {@code out}: the cross-validated
   * figures first when there are any, then the shipped decision's, marked optimistic.
   */
  public static void print(Result r, PrintWriter out) {
    if (r.crossValidated() != null) {
      figures(
          "semantic, " + FOLDS + "-fold cross-validated, each fold decided by weights fitted on the others",
          r.crossValidated(),
          out);
      out.print("shipped weights (optimistic on the MSRP train file, which they were fitted on): ");
    }
    figures(r.semantic() ? "semantic" : "lexical only", r, out);
    out.flush();
  }

  /** Writes the figures of {@code r} under {@code label}: the rates on one line, the counts on the next. */
  private static void figures(String label, Result r, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "MSRP (%s): %d pairs, accuracy %.1f%%, precision %.1f%%, recall %.1f%%, F1 %.1f%n",
        label,
        r.pairs(),
        100 * r.accuracy(),
        100 * r.precision(),
        100 * r.recall(),
        100 * r.f1());
    out.printf(
        Locale.ROOT,
        "  TP %d  FP %d  TN %d  FN %d%s%n",
        r.truePositive(),
        r.falsePositive(),
        r.trueNegative(),
        r.falseNegative(),
        r.skipped() == 0 ? "" : "  (" + r.skipped() + " unreadable lines skipped)");
  }

  /**
   * Runs the evaluation on the file named by the first argument; {@code --no-semantic} is
   * optional, and {@code --fit OUT} refits the paraphrase weights and writes them to OUT instead.
   */
  public static void main(String[] args) throws IOException {
    List<String> list = List.of(args);
    int fitAt = list.indexOf("--fit");
    String weightsOut = fitAt >= 0 && fitAt + 1 < args.length ? args[fitAt + 1] : null;
    boolean semantic = !list.contains("--no-semantic");
    String file = null;
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") && (fitAt < 0 || i != fitAt + 1)) {
        file = args[i];
        break;
      }
    }
    if (file == null || (fitAt >= 0 && weightsOut == null)) {
      System.err.println("usage: MsrpEval FILE [--no-semantic | --fit OUT]");
      System.exit(2);
    }
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    if (weightsOut != null) {
      fit(Path.of(file), Path.of(weightsOut), out);
    } else {
      print(evaluate(Path.of(file), semantic), out);
    }
    System.exit(0);
  }
}
