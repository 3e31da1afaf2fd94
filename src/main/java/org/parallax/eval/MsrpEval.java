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
 * Scores the Microsoft Research Paraphrase Corpus with the aligner's pair similarity.
 *
 * <p>Input is the corpus's tab-separated format: a header line, then {@code Quality, #1 ID, #2 ID,
 * #1 String, #2 String} with quality 1 for a paraphrase. A pair counts as a paraphrase when its
 * similarity reaches the threshold fixed in the aligner; the positive class for precision, recall
 * and F1 is "paraphrase".
 */
public final class MsrpEval {
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
   */
  public record Result(
      boolean semantic,
      int truePositive,
      int falsePositive,
      int trueNegative,
      int falseNegative,
      int skipped) {
    public Result {
      if (truePositive < 0 || falsePositive < 0 || trueNegative < 0 || falseNegative < 0
          || skipped < 0) {
        throw new IllegalArgumentException("counts must not be negative");
      }
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
    int tp = 0;
    int fp = 0;
    int tn = 0;
    int fn = 0;
    for (int i = 0; i < scores.length; i++) {
      boolean predicted = aligner.isParaphrase(scores[i]);
      if (predicted && gold.get(i)) {
        tp++;
      } else if (predicted) {
        fp++;
      } else if (gold.get(i)) {
        fn++;
      } else {
        tn++;
      }
    }
    return new Result(semantic, tp, fp, tn, fn, skipped);
  }

  /**
   * Fits the semantic-mode weights of the combined score by logistic regression on the
   * even-numbered pairs of {@code file} (0-based, in file order) and writes them, rescaled so the
   * similarity weights sum to 1, with the held-out figures on the odd-numbered pairs; writes
   * the signals of every pair to {@code dump} as well unless it is null.
   */
  static void fit(Path file, Path dump, PrintWriter out) throws IOException {
    Pairs p = read(file);
    double[][] x = Aligner.pairSignals(p.a(), p.b());
    List<String> names = Aligner.signalNames();
    if (dump != null) {
      List<String> rows = new ArrayList<>();
      rows.add("gold\t" + String.join("\t", names));
      for (int i = 0; i < x.length; i++) {
        StringBuilder sb = new StringBuilder(p.gold().get(i) ? "1" : "0");
        for (double v : x[i]) {
          sb.append('\t').append(String.format(Locale.ROOT, "%.6f", v));
        }
        rows.add(sb.toString());
      }
      Files.write(dump, rows, StandardCharsets.UTF_8);
    }
    int half = (x.length + 1) / 2;
    double[][] train = new double[half][];
    boolean[] y = new boolean[half];
    for (int i = 0; i < x.length; i += 2) {
      train[i / 2] = x[i];
      y[i / 2] = p.gold().get(i);
    }
    double[] w = Stats.logistic(train, y, 1e-3);
    double sum = 0;
    for (int k = 1; k < w.length; k++) {
      sum += w[k] > 0 ? w[k] : 0;
    }
    out.printf(Locale.ROOT, "fitted on %d even-numbered pairs%n", half);
    for (int k = 1; k < w.length; k++) {
      out.printf(Locale.ROOT, "  %-16s raw %8.4f  scaled %7.4f%n", names.get(k - 1), w[k], w[k] / sum);
    }
    out.printf(Locale.ROOT, "  threshold (p = 0.5) %.4f%n", -w[0] / sum);
    for (int parity = 0; parity <= 2; parity++) {
      int tp = 0;
      int fp = 0;
      int tn = 0;
      int fn = 0;
      for (int i = 0; i < x.length; i++) {
        if (parity < 2 && i % 2 != parity) {
          continue;
        }
        boolean predicted = Stats.logit(w, x[i]) >= 0;
        boolean g = p.gold().get(i);
        if (predicted && g) {
          tp++;
        } else if (predicted) {
          fp++;
        } else if (g) {
          fn++;
        } else {
          tn++;
        }
      }
      out.print(parity == 0 ? "even (fitted): " : parity == 1 ? "odd (held out): " : "all: ");
      print(new Result(true, tp, fp, tn, fn, 0), out);
    }
    out.flush();
  }

  /** Writes accuracy, precision, recall and F1 of {@code r} to {@code out}. */
  public static void print(Result r, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "MSRP (%s): %d pairs, accuracy %.1f%%, precision %.1f%%, recall %.1f%%, F1 %.1f%n",
        r.semantic() ? "semantic" : "lexical only",
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
    out.flush();
  }

  /** Runs the evaluation on the file named by the first argument; {@code --no-semantic} is optional. */
  public static void main(String[] args) throws IOException {
    boolean semantic = !List.of(args).contains("--no-semantic");
    String file = List.of(args).stream().filter(s -> !s.startsWith("--")).findFirst().orElse(null);
    if (file == null) {
      System.err.println("usage: MsrpEval FILE [--no-semantic | --fit]");
      System.exit(2);
    }
    if (List.of(args).contains("--fit")) {
      String dump = List.of(args).stream().filter(s -> s.startsWith("--dump="))
          .map(s -> s.substring("--dump=".length())).findFirst().orElse(null);
      fit(Path.of(file), dump == null ? null : Path.of(dump), new PrintWriter(System.out, true, StandardCharsets.UTF_8));
      return;
    }
    print(evaluate(Path.of(file), semantic), new PrintWriter(System.out, true, StandardCharsets.UTF_8));
  }
}
