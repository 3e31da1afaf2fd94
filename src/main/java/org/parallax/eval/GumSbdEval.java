package org.parallax.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.parallax.text.SentenceSplitter;
import org.parallax.text.Span;

/**
 * Scores sentence boundaries on CoNLL-U files with gold sentences (GUM): each paragraph ({@code #
 * newpar}) is rebuilt from its sentences' {@code # text} lines joined by one space, split by the
 * Parallax splitter and, in the same harness, by the JDK's {@link BreakIterator}; a boundary is
 * the offset where a sentence ends inside its paragraph (paragraph ends are given by the layout
 * and not counted), and precision, recall and F1 are over those boundaries.
 */
public final class GumSbdEval {
  private GumSbdEval() {}

  /** Boundary counts of one splitter: gold, predicted, and both. */
  public record Counts(int gold, int predicted, int matched) {
    double precision() {
      return predicted == 0 ? 0 : (double) matched / predicted;
    }

    double recall() {
      return gold == 0 ? 0 : (double) matched / gold;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /**
   * The score of the Parallax splitter and of BreakIterator over {@code documents} files and {@code paragraphs},
   * over all files and over each half ({@link #half}), with the Parallax splitter's errors.
   */
  public record Result(int documents, int paragraphs, Counts parallax, Counts breakIterator,
      List<Counts> parallaxHalves, List<Counts> breakIteratorHalves, List<Error> errors) {
    /** Creates a result without halves or errors. */
    public Result(int documents, int paragraphs, Counts parallax, Counts breakIterator) {
      this(documents, paragraphs, parallax, breakIterator, List.of(), List.of(), List.of());
    }
  }

  /**
   * One Parallax error: a gold boundary it missed ({@code missed}) or a boundary it put where gold has none,
   * at {@code offset} in the paragraph {@code text} of file {@code file} in half {@code half}.
   */
  public record Error(String file, int half, boolean missed, int offset, String text) {}

  /**
   * Returns the half (1 or 2) of the {@code index}-th file in name order: the 1st, 3rd, 5th … file are half 1,
   * the tuning half; the 2nd, 4th … are half 2, the check half. Alternating in name order puts every genre in
   * both halves.
   */
  public static int half(int index) {
    return index % 2 == 0 ? 1 : 2;
  }

  /** Evaluates both splitters on every {@code .conllu} file of {@code dir} (or on the one file {@code dir}). */
  public static Result evaluate(Path dir) throws IOException {
    Objects.requireNonNull(dir, "dir");
    List<Path> files;
    if (Files.isDirectory(dir)) {
      try (Stream<Path> s = Files.list(dir)) {
        files = s.filter(p -> p.getFileName().toString().endsWith(".conllu")).sorted().toList();
      }
    } else {
      files = List.of(dir);
    }
    if (files.isEmpty()) {
      throw new IOException(dir + ": no .conllu files");
    }
    SentenceSplitter splitter = new SentenceSplitter();
    int paragraphs = 0;
    int[][] ours = new int[3][3];
    int[][] jdk = new int[3][3];
    List<Error> errors = new ArrayList<>();
    for (int fi = 0; fi < files.size(); fi++) {
      Path f = files.get(fi);
      int h = half(fi);
      for (List<String> para : paragraphs(f)) {
        paragraphs++;
        String text = String.join(" ", para);
        Set<Integer> g = new TreeSet<>();
        int pos = 0;
        for (int k = 0; k < para.size(); k++) {
          pos += para.get(k).length();
          if (k < para.size() - 1) {
            g.add(pos);
          }
          pos++;
        }
        Set<Integer> p = parallax(splitter, text);
        Set<Integer> b = breakIterator(text);
        for (int slot : new int[] {0, h}) {
          count(g, p, ours[slot]);
          count(g, b, jdk[slot]);
        }
        String name = f.getFileName().toString();
        for (int x : g) {
          if (!p.contains(x)) {
            errors.add(new Error(name, h, true, x, text));
          }
        }
        for (int x : p) {
          if (!g.contains(x)) {
            errors.add(new Error(name, h, false, x, text));
          }
        }
      }
    }
    List<Counts> ourHalves = List.of(counts(ours[1]), counts(ours[2]));
    List<Counts> jdkHalves = List.of(counts(jdk[1]), counts(jdk[2]));
    return new Result(files.size(), paragraphs, counts(ours[0]), counts(jdk[0]), ourHalves, jdkHalves,
        List.copyOf(errors));
  }

  private static Counts counts(int[] c) {
    return new Counts(c[0], c[1], c[2]);
  }

  private static void count(Set<Integer> gold, Set<Integer> predicted, int[] into) {
    into[0] += gold.size();
    into[1] += predicted.size();
    for (int b : predicted) {
      if (gold.contains(b)) {
        into[2]++;
      }
    }
  }

  /** Returns the paragraphs of a CoNLL-U file as lists of sentence texts. */
  static List<List<String>> paragraphs(Path file) throws IOException {
    List<List<String>> out = new ArrayList<>();
    List<String> current = null;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.equals("# newpar") || line.startsWith("# newpar ") || line.startsWith("# newdoc")) {
        current = null;
      } else if (line.startsWith("# text = ")) {
        if (current == null) {
          current = new ArrayList<>();
          out.add(current);
        }
        current.add(line.substring("# text = ".length()).strip());
      }
    }
    return out;
  }

  /** Returns the internal sentence-end offsets the Parallax splitter finds in {@code text}. */
  static Set<Integer> parallax(SentenceSplitter splitter, String text) {
    Set<Integer> out = new TreeSet<>();
    for (Span s : splitter.split(text)) {
      int end = trimmedEnd(text, s.end());
      if (end < text.strip().length() && end > 0) {
        out.add(end);
      }
    }
    return out;
  }

  /** Returns the internal sentence-end offsets {@link BreakIterator} finds in {@code text}. */
  static Set<Integer> breakIterator(String text) {
    BreakIterator it = BreakIterator.getSentenceInstance(Locale.US);
    it.setText(text);
    Set<Integer> out = new TreeSet<>();
    for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
      int end = trimmedEnd(text, b);
      if (end < text.strip().length() && end > 0) {
        out.add(end);
      }
    }
    return out;
  }

  private static int trimmedEnd(String text, int end) {
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** Prints both splitters' boundary precision, recall and F1, over all files and each half. */
  public static void print(Result r, PrintWriter out) {
    print(r, out, false);
  }

  /**
   * Prints both splitters' boundary precision, recall and F1, over all files and each half; with {@code verbose},
   * then the Parallax splitter's errors in the tuning half (half 1), each with 60 characters either side.
   */
  public static void print(Result r, PrintWriter out, boolean verbose) {
    out.printf(Locale.ROOT, "Sentence boundaries inside paragraphs: %d documents, %d paragraphs, %d gold boundaries%n",
        r.documents(), r.paragraphs(), r.parallax().gold());
    line(out, "Parallax", r.parallax());
    line(out, "BreakIterator", r.breakIterator());
    for (int h = 0; h < r.parallaxHalves().size(); h++) {
      out.printf(Locale.ROOT, "Half %d (%s files in name order, %s): %d gold boundaries%n", h + 1,
          h == 0 ? "1st, 3rd, 5th ..." : "2nd, 4th, 6th ...", h == 0 ? "tuning" : "check",
          r.parallaxHalves().get(h).gold());
      line(out, "Parallax", r.parallaxHalves().get(h));
      line(out, "BreakIterator", r.breakIteratorHalves().get(h));
    }
    if (verbose) {
      for (Error e : r.errors()) {
        if (e.half() != 1) {
          continue;
        }
        int from = Math.max(0, e.offset() - 60);
        int to = Math.min(e.text().length(), e.offset() + 60);
        String context = e.text().substring(from, e.offset()) + " || " + e.text().substring(e.offset(), to);
        out.printf(Locale.ROOT, "%s %s: %s%n", e.missed() ? "MISSED" : "FALSE ", e.file(),
            context.replaceAll("\\s+", " "));
      }
    }
  }

  private static void line(PrintWriter out, String name, Counts c) {
    out.printf(Locale.ROOT, "%-14s predicted %6d  matched %6d  precision %.3f  recall %.3f  F1 %.3f%n",
        name, c.predicted(), c.matched(), c.precision(), c.recall(), c.f1());
  }
}
