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

  /** The score of the Parallax splitter and of BreakIterator over {@code documents} files and {@code paragraphs}. */
  public record Result(int documents, int paragraphs, Counts parallax, Counts breakIterator) {}

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
    int gold = 0;
    int[] ours = new int[2];
    int[] jdk = new int[2];
    for (Path f : files) {
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
        gold += g.size();
        count(g, parallax(splitter, text), ours);
        count(g, breakIterator(text), jdk);
      }
    }
    return new Result(files.size(), paragraphs, new Counts(gold, ours[0], ours[1]), new Counts(gold, jdk[0], jdk[1]));
  }

  private static void count(Set<Integer> gold, Set<Integer> predicted, int[] into) {
    into[0] += predicted.size();
    for (int b : predicted) {
      if (gold.contains(b)) {
        into[1]++;
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

  /** Prints both splitters' boundary precision, recall and F1. */
  public static void print(Result r, PrintWriter out) {
    out.printf(Locale.ROOT, "Sentence boundaries inside paragraphs: %d documents, %d paragraphs, %d gold boundaries%n",
        r.documents(), r.paragraphs(), r.parallax().gold());
    line(out, "Parallax", r.parallax());
    line(out, "BreakIterator", r.breakIterator());
  }

  private static void line(PrintWriter out, String name, Counts c) {
    out.printf(Locale.ROOT, "%-14s predicted %6d  matched %6d  precision %.3f  recall %.3f  F1 %.3f%n",
        name, c.predicted(), c.matched(), c.precision(), c.recall(), c.f1());
  }
}
