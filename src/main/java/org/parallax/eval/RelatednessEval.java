package org.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.parallax.align.Aligner;
import org.parallax.align.AlignmentResult;
import org.parallax.ingest.Document;
import org.parallax.ingest.Format;
import org.parallax.text.Article;
import org.parallax.text.Segmenter;

/**
 * Checks the aligner's same-event verdict on BASIL: three outlets' articles per event.
 *
 * <p>Input is a BASIL directory holding {@code articles/YYYY/<triplet>_<n>.json}. Every pair of
 * articles within a triplet is a same-event pair; as many cross-event pairs are drawn in a fixed
 * pattern (article n of one event against article n+1 of a later event), so runs are repeatable.
 */
public final class RelatednessEval {
  private RelatednessEval() {}

  /**
   * The outcome of one run.
   *
   * @param semantic whether the embedding model took part
   * @param same relatedness of same-event pairs, ascending
   * @param different relatedness of cross-event pairs, ascending
   * @param correct pairs whose verdict matches the truth
   * @param skipped article files that could not be read
   */
  public record Result(
      boolean semantic, List<Double> same, List<Double> different, int correct, int skipped) {
    public Result {
      same = List.copyOf(same);
      different = List.copyOf(different);
    }

    /** Returns the share of pairs judged correctly. */
    public double accuracy() {
      int n = same.size() + different.size();
      return n == 0 ? 0 : (double) correct / n;
    }
  }

  /** Returns the relatedness of same-event and cross-event pairs under {@code dir}. */
  public static Result evaluate(Path dir, boolean semantic) throws IOException {
    Path root = Files.isDirectory(dir.resolve("articles")) ? dir.resolve("articles") : dir;
    TreeMap<String, Article[]> events = new TreeMap<>();
    int skipped = 0;
    ObjectMapper json = new ObjectMapper();
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(p -> p.getFileName().toString().matches(".+_[123]\\.json")).sorted().toList();
    }
    for (Path p : files) {
      String name = p.getFileName().toString();
      String triplet = name.substring(0, name.lastIndexOf('_'));
      int n = name.charAt(name.length() - 6) - '1';
      try {
        Article a = read(json.readTree(Files.readString(p, StandardCharsets.UTF_8)), name);
        events.computeIfAbsent(triplet, k -> new Article[3])[n] = a;
      } catch (IOException | RuntimeException e) {
        skipped++;
      }
    }
    List<Article[]> list = new ArrayList<>(events.values());
    Aligner aligner = new Aligner(semantic);
    List<Double> same = new ArrayList<>();
    List<Double> different = new ArrayList<>();
    int correct = 0;
    for (int e = 0; e < list.size(); e++) {
      Article[] ev = list.get(e);
      for (int i = 0; i < 3; i++) {
        for (int j = i + 1; j < 3; j++) {
          if (ev[i] != null && ev[j] != null) {
            AlignmentResult r = aligner.align(ev[i], ev[j]);
            same.add(r.relatedness());
            correct += r.related() ? 1 : 0;
          }
        }
      }
      int[] offsets = {1, 3, 7};
      for (int i = 0; i < 3 && list.size() > 1; i++) {
        Article[] other = list.get((e + offsets[i] % list.size()) % list.size());
        if (other == ev) {
          continue;
        }
        Article x = ev[i];
        Article y = other[(i + 1) % 3];
        if (x != null && y != null) {
          AlignmentResult r = aligner.align(x, y);
          different.add(r.relatedness());
          correct += r.related() ? 0 : 1;
        }
      }
    }
    same.sort(Double::compare);
    different.sort(Double::compare);
    return new Result(semantic, same, different, correct, skipped);
  }

  private static Article read(JsonNode root, String name) {
    List<String> paragraphs = new ArrayList<>();
    for (JsonNode para : root.path("body-paragraphs")) {
      List<String> sentences = new ArrayList<>();
      for (JsonNode s : para) {
        String t = s.asText("").strip();
        if (!t.isEmpty()) {
          sentences.add(t);
        }
      }
      if (!sentences.isEmpty()) {
        paragraphs.add(String.join(" ", sentences));
      }
    }
    String body = String.join("\n\n", paragraphs);
    Document d = new Document(name, Format.TXT, null, null, null, null, body, List.of(), List.of());
    return new Segmenter().segment(name.endsWith("_1.json") ? "A" : "B", d);
  }

  /** Writes the separation of same-event and cross-event pairs to {@code out}. */
  public static void print(Result r, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "BASIL relatedness (%s): %d same-event pairs, %d cross-event pairs, accuracy %.1f%%%n",
        r.semantic() ? "semantic" : "lexical only",
        r.same().size(),
        r.different().size(),
        100 * r.accuracy());
    out.printf(Locale.ROOT, "  same-event:  %s%n", summary(r.same()));
    out.printf(Locale.ROOT, "  cross-event: %s%n", summary(r.different()));
    if (r.skipped() > 0) {
      out.printf(Locale.ROOT, "  %d unreadable files skipped%n", r.skipped());
    }
    out.flush();
  }

  private static String summary(List<Double> v) {
    if (v.isEmpty()) {
      return "none";
    }
    double[] x = v.stream().mapToDouble(Double::doubleValue).toArray();
    return String.format(
        Locale.ROOT,
        "min %.3f, 10th pct %.3f, median %.3f, 90th pct %.3f, max %.3f",
        x[0],
        x[(int) (0.1 * (x.length - 1))],
        x[(x.length - 1) / 2],
        x[(int) (0.9 * (x.length - 1))],
        x[x.length - 1]);
  }

  /** Runs the evaluation on the BASIL directory named by the first argument. */
  public static void main(String[] args) throws IOException {
    boolean semantic = !Arrays.asList(args).contains("--no-semantic");
    String dir = Arrays.stream(args).filter(s -> !s.startsWith("--")).findFirst().orElse(null);
    if (dir == null) {
      System.err.println("usage: RelatednessEval DIR [--no-semantic]");
      System.exit(2);
    }
    print(evaluate(Path.of(dir), semantic), new PrintWriter(System.out, true, StandardCharsets.UTF_8));
  }
}
