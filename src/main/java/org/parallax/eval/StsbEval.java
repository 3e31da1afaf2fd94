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
 * Correlates the aligner's pair similarity with the STS Benchmark grades.
 *
 * <p>Input is the benchmark's tab-separated format: grade 0 to 5 in the fifth column, the two
 * sentences in the sixth and seventh. Lines are split on tabs only, never parsed as CSV, since
 * sentences contain unbalanced quotes.
 */
public final class StsbEval {
  private StsbEval() {}

  /**
   * The outcome of one run.
   *
   * @param semantic whether the embedding model took part
   * @param pairs pairs scored
   * @param pearson Pearson correlation of the similarity with the grade
   * @param spearman Spearman correlation of the similarity with the grade
   * @param modelPearson Pearson correlation of the embedding cosine alone (NaN if not semantic)
   * @param modelSpearman Spearman correlation of the embedding cosine alone (NaN if not semantic)
   * @param skipped lines that could not be read as a pair
   */
  public record Result(
      boolean semantic,
      int pairs,
      double pearson,
      double spearman,
      double modelPearson,
      double modelSpearman,
      int skipped) {
    public Result {
      if (pairs < 0 || skipped < 0) {
        throw new IllegalArgumentException("counts must not be negative");
      }
    }
  }

  /** Returns the correlations of the aligner's similarity on the STS-B file {@code file}. */
  public static Result evaluate(Path file, boolean semantic) throws IOException {
    List<String> a = new ArrayList<>();
    List<String> b = new ArrayList<>();
    List<Double> gold = new ArrayList<>();
    int skipped = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.replace("\uFEFF", "").split("\t", -1);
      double g;
      try {
        g = f.length >= 7 ? Double.parseDouble(f[4].strip()) : Double.NaN;
      } catch (NumberFormatException e) {
        g = Double.NaN;
      }
      if (!(g >= 0 && g <= 5)) {
        skipped++;
        continue;
      }
      gold.add(g);
      a.add(f[5]);
      b.add(f[6]);
    }
    double[] y = gold.stream().mapToDouble(Double::doubleValue).toArray();
    double[] scores = new Aligner(semantic).similarities(a, b);
    double modelPearson = Double.NaN;
    double modelSpearman = Double.NaN;
    if (semantic) {
      double[] cos = Aligner.modelCosines(a, b);
      modelPearson = Stats.pearson(cos, y);
      modelSpearman = Stats.spearman(cos, y);
    }
    return new Result(
        semantic,
        y.length,
        Stats.pearson(scores, y),
        Stats.spearman(scores, y),
        modelPearson,
        modelSpearman,
        skipped);
  }

  /** Writes the correlations of {@code r} to {@code out}. */
  public static void print(Result r, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "STS-B (%s): %d pairs, Pearson %.4f, Spearman %.4f%n",
        r.semantic() ? "semantic" : "lexical only",
        r.pairs(),
        r.pearson(),
        r.spearman());
    if (r.semantic()) {
      out.printf(
          Locale.ROOT,
          "  embedding model alone: Pearson %.4f, Spearman %.4f%n",
          r.modelPearson(),
          r.modelSpearman());
    }
    if (r.skipped() > 0) {
      out.printf(Locale.ROOT, "  %d unreadable lines skipped%n", r.skipped());
    }
    out.flush();
  }

  /** Runs the evaluation on the file named by the first argument; {@code --no-semantic} is optional. */
  public static void main(String[] args) throws IOException {
    boolean semantic = !List.of(args).contains("--no-semantic");
    String file = List.of(args).stream().filter(s -> !s.startsWith("--")).findFirst().orElse(null);
    if (file == null) {
      System.err.println("usage: StsbEval FILE [--no-semantic]");
      System.exit(2);
    }
    print(evaluate(Path.of(file), semantic), new PrintWriter(System.out, true, StandardCharsets.UTF_8));
  }
}
