package org.parallax.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.parallax.ingest.Document;
import org.parallax.ingest.Format;
import org.parallax.quotes.Quote;
import org.parallax.quotes.QuoteAnalyzer;
import org.parallax.quotes.QuoteKind;
import org.parallax.quotes.QuoteSet;
import org.parallax.text.Article;
import org.parallax.text.Segmenter;
import org.parallax.text.Tokenizer;

/**
 * Measures quote extraction and attribution against PolNeAR's brat attribution annotations.
 *
 * <p>Reads {@code text/<article>.txt} and, for each article, the alphabetically first
 * {@code attributions/<article>_<annotator>.ann}. A gold direct quote is a content span (its
 * fragments joined when only whitespace separates them) that holds double quotation marks (or
 * two straight apostrophes, as the New York Times texts write them); its
 * extent runs from after the first mark to before the last one. Other attributions are counted as
 * indirect. A predicted quote (kinds full and partial; quoted terms are left out) hits a gold quote
 * when they share at least half of the gold extent. Speaker accuracy compares the last capitalized
 * word of the gold source's name (before any comma, bracket, "who" or a place after "of") with the
 * last word of our speaker, over hit gold quotes whose source ends in a name (pronouns and
 * descriptions such as "the California congressman" are left out); cue accuracy checks that the gold cue contains our cue's first word or the other way round.
 */
public final class PolnearEval {
  /**
   * Figures of one run.
   *
   * @param articles articles read
   * @param gold gold direct quotes
   * @param indirect gold attributions without quotation marks
   * @param predicted predicted quotes (full and partial)
   * @param predictedHits predicted quotes that hit a gold quote
   * @param goldHits gold quotes hit by a predicted quote
   * @param exact gold quotes with a predicted quote of the same extent
   * @param speakerTotal hit gold quotes whose source is a name
   * @param speakerCorrect of those, with the right speaker
   * @param cueTotal hit gold quotes with a cue
   * @param cueCorrect of those, with the right cue
   * @param cueInferred of those, quotes we attributed by continuation (no cue of their own by design)
   * @param errors error classes with counts
   * @param examples a few examples per error class, in article order
   */
  public record Result(
      int articles,
      int gold,
      int indirect,
      int predicted,
      int predictedHits,
      int goldHits,
      int exact,
      int speakerTotal,
      int speakerCorrect,
      int cueTotal,
      int cueCorrect,
      int cueInferred,
      Map<String, Integer> errors,
      Map<String, List<String>> examples) {
    public Result {
      errors = Map.copyOf(errors);
      examples = Map.copyOf(examples);
    }

    /** Returns overlap precision. */
    public double precision() {
      return ratio(predictedHits, predicted);
    }

    /** Returns overlap recall. */
    public double recall() {
      return ratio(goldHits, gold);
    }

    /** Returns overlap F1. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Returns exact-extent F1. */
    public double exactF1() {
      double p = ratio(exact, predicted);
      double r = ratio(exact, gold);
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Returns speaker accuracy over hit quotes with a named source. */
    public double speakerAccuracy() {
      return ratio(speakerCorrect, speakerTotal);
    }

    /** Returns cue accuracy over hit quotes with a cue, leaving out our inferred continuations. */
    public double cueAccuracyOwn() {
      return ratio(cueCorrect, cueTotal - cueInferred);
    }

    /** Returns cue accuracy over hit quotes with a cue. */
    public double cueAccuracy() {
      return ratio(cueCorrect, cueTotal);
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 0 : (double) a / b;
    }
  }

  private static final int EXAMPLES_PER_CLASS = 5;
  private static final String DOUBLE_MARKS = "\"\u201C\u201D\u201E\u00AB\u00BB";

  private PolnearEval() {}

  /** A gold attribution: char spans into the Java string. */
  private record Gold(int start, int end, boolean direct, String source, String cue) {}

  /** Evaluates every article under {@code dir} (a PolNeAR split, or the folder holding "dev"). */
  public static Result evaluate(Path dir, PrintWriter progressOrNull) throws IOException {
    return evaluate(dir, progressOrNull, EXAMPLES_PER_CLASS);
  }

  /** Evaluates like {@link #evaluate(Path, PrintWriter)}, keeping {@code examples} examples per error class. */
  static Result evaluate(Path dir, PrintWriter progressOrNull, int examples) throws IOException {
    Objects.requireNonNull(dir, "dir");
    Path split = Files.isDirectory(dir.resolve("text")) ? dir : dir.resolve("dev");
    Path textDir = split.resolve("text");
    Path annDir = split.resolve("attributions");
    if (!Files.isDirectory(textDir) || !Files.isDirectory(annDir)) {
      throw new IOException("no text/ and attributions/ under " + dir);
    }
    List<Path> texts;
    try (Stream<Path> s = Files.list(textDir)) {
      texts = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    List<String> annNames;
    try (Stream<Path> s = Files.list(annDir)) {
      annNames = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ann")).sorted().toList();
    }
    Counter c = new Counter(examples);
    QuoteAnalyzer analyzer = new QuoteAnalyzer();
    for (Path text : texts) {
      String name = text.getFileName().toString().replaceFirst("\\.txt$", "");
      String ann = annNames.stream().filter(n -> n.startsWith(name + "_")).findFirst().orElse(null);
      if (ann == null) {
        continue;
      }
      String body = Files.readString(text, StandardCharsets.UTF_8);
      int[] cpToChar = codePointIndex(body);
      List<Gold> gold = readGold(Files.readAllLines(annDir.resolve(ann), StandardCharsets.UTF_8), body, cpToChar);
      String normalized = body.replace("\r\n", "\n").replace('\r', '\n');
      if (normalized.length() != body.length()) {
        // Keep offsets: only same-length line-ending changes are allowed.
        normalized = body.replace('\r', '\n');
      }
      Document doc = new Document(text.toString(), Format.TXT, null, null, null, null, normalized, List.of(), List.of());
      Article article = new Segmenter().segment("A", doc);
      QuoteSet set = analyzer.extract(article);
      score(name, body, gold, set, c);
      if (progressOrNull != null) {
        progressOrNull.printf(Locale.ROOT, "%s: %d gold, %d predicted%n", name, gold.stream().filter(Gold::direct).count(), set.quotes().size());
        progressOrNull.flush();
      }
    }
    return new Result(
        c.articles, c.gold, c.indirect, c.predicted, c.predictedHits, c.goldHits, c.exact,
        c.speakerTotal, c.speakerCorrect, c.cueTotal, c.cueCorrect, c.cueInferred, c.errors, c.examples);
  }

  /** Prints the figures and the error classes, largest first. */
  public static void print(Result r, PrintWriter out) {
    out.printf(Locale.ROOT, "articles            %d%n", r.articles());
    out.printf(Locale.ROOT, "gold direct quotes  %d (indirect attributions: %d)%n", r.gold(), r.indirect());
    out.printf(Locale.ROOT, "predicted quotes    %d%n", r.predicted());
    out.printf(Locale.ROOT, "overlap P/R/F1      %.3f / %.3f / %.3f%n", r.precision(), r.recall(), r.f1());
    out.printf(Locale.ROOT, "exact-span F1       %.3f (%d exact)%n", r.exactF1(), r.exact());
    out.printf(Locale.ROOT, "speaker accuracy    %.3f (%d/%d)%n", r.speakerAccuracy(), r.speakerCorrect(), r.speakerTotal());
    out.printf(Locale.ROOT, "cue accuracy        %.3f (%d/%d); %.3f leaving out %d inferred continuations%n",
        r.cueAccuracy(), r.cueCorrect(), r.cueTotal(), r.cueAccuracyOwn(), r.cueInferred());
    List<Map.Entry<String, Integer>> errors = new ArrayList<>(r.errors().entrySet());
    errors.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    out.println("error classes:");
    for (Map.Entry<String, Integer> e : errors) {
      out.printf(Locale.ROOT, "  %-28s %d%n", e.getKey(), e.getValue());
      for (String ex : r.examples().getOrDefault(e.getKey(), List.of())) {
        out.println("      " + ex);
      }
    }
    out.flush();
  }

  private static final class Counter {
    int articles;
    int gold;
    int indirect;
    int predicted;
    int predictedHits;
    int goldHits;
    int exact;
    int speakerTotal;
    int speakerCorrect;
    int cueTotal;
    int cueCorrect;
    int cueInferred;
    final Map<String, Integer> errors = new TreeMap<>();
    final Map<String, List<String>> examples = new TreeMap<>();
    final int perClass;

    Counter(int perClass) {
      this.perClass = perClass;
    }

    void error(String kind, String example) {
      errors.merge(kind, 1, Integer::sum);
      List<String> list = examples.computeIfAbsent(kind, k -> new ArrayList<>());
      if (list.size() < perClass) {
        list.add(example);
      }
    }
  }

  private static void score(String name, String body, List<Gold> golds, QuoteSet set, Counter c) {
    c.articles++;
    List<Quote> preds = set.quotes().stream().filter(q -> q.kind() != QuoteKind.TERM).toList();
    List<Gold> direct = golds.stream().filter(Gold::direct).toList();
    c.indirect += golds.size() - direct.size();
    c.gold += direct.size();
    c.predicted += preds.size();
    for (Quote p : preds) {
      boolean hit = direct.stream().anyMatch(g -> hits(p, g));
      if (hit) {
        c.predictedHits++;
      } else {
        c.error("spurious quote", name + ": " + clip(p.text()));
      }
    }
    for (Gold g : direct) {
      Quote best = null;
      int bestOverlap = 0;
      for (Quote p : preds) {
        int o = overlap(p.start(), p.end(), g.start(), g.end());
        if (hits(p, g) && o > bestOverlap) {
          best = p;
          bestOverlap = o;
        }
      }
      String goldText = clip(body.substring(g.start(), g.end()));
      if (best == null) {
        c.error("missed quote", name + ": " + goldText);
        continue;
      }
      c.goldHits++;
      if (trimmed(body, best.start(), best.end()).equals(trimmed(body, g.start(), g.end()))) {
        c.exact++;
      }
      String head = headName(g.source());
      if (g.source() != null && head != null) {
        c.speakerTotal++;
        String ours = best.speaker() == null ? null : lastWord(best.speaker());
        if (head.equals(ours)) {
          c.speakerCorrect++;
        } else if (ours == null) {
          c.error("speaker: none", name + ": gold " + g.source() + " | " + goldText);
        } else if (best.inferred()) {
          c.error("speaker: wrong (inferred)", name + ": gold " + g.source() + ", ours " + best.speaker());
        } else {
          c.error("speaker: wrong", name + ": gold " + g.source() + ", ours " + best.speaker());
        }
      }
      if (g.cue() != null) {
        c.cueTotal++;
        if (best.inferred() && best.cue() == null) {
          c.cueInferred++;
        }
        if (cueMatches(g.cue(), best.cue())) {
          c.cueCorrect++;
        } else {
          String kind = best.cue() != null ? "cue: wrong" : best.inferred() ? "cue: none (inferred continuation)" : "cue: none";
          c.error(kind, name + ": gold " + g.cue() + ", ours " + best.cue());
        }
      }
    }
  }

  private static boolean hits(Quote p, Gold g) {
    int len = g.end() - g.start();
    return len > 0 && 2 * overlap(p.start(), p.end(), g.start(), g.end()) >= len;
  }

  private static int overlap(int a0, int a1, int b0, int b1) {
    return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
  }

  private static String trimmed(String body, int start, int end) {
    String s = body.substring(start, end).strip();
    return s.replaceAll("^[\\s\"\u201C\u201D'\u2018\u2019]+|[\\s\"\u201C\u201D'\u2018\u2019,.;:!?]+$", "");
  }

  static boolean cueMatches(String gold, String ours) {
    if (ours == null) {
      return false;
    }
    List<String> g = words(gold);
    List<String> o = words(ours);
    if (g.isEmpty() || o.isEmpty()) {
      return gold.strip().equals(ours.strip());
    }
    return g.contains(o.get(0)) || o.contains(g.get(0));
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** Returns the last capitalized word of a source span, lower case, or null for pronouns and descriptions. */
  static String headName(String source) {
    if (source == null) {
      return null;
    }
    String[] parts = source.replace('\u2019', '\'').split("[,(]|\\s[\u2014\u2013-]\\s|\\bwho\\b");
    String name = parts.length == 0 ? "" : parts[0].strip();
    int of = name.indexOf(" of ");
    if (of > 0 && name.substring(0, of).strip().contains(" ")) {
      name = name.substring(0, of); // "Rep. Elijah Cummings of Maryland", not "Secretary of State John Kerry"
    }
    String[] words = name.split("[^\\p{L}\\p{N}'.-]+");
    if (words.length == 0) {
      return null;
    }
    String t = words[words.length - 1].replaceAll("('s|[.'-])$", "");
    String head = null;
    if (!t.isEmpty() && Character.isUpperCase(t.charAt(0)) && !Tokenizer.isStopword(t)) {
      head = t.toLowerCase(Locale.ROOT);
    }
    return head;
  }

  private static String lastWord(String name) {
    String[] parts = name.strip().split("\\s+");
    return parts[parts.length - 1].replace('\u2019', '\'').replaceAll("('s|[.'])$", "").toLowerCase(Locale.ROOT);
  }

  private static String clip(String s) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= 90 ? one : one.substring(0, 87) + "...";
  }

  /** Maps code point offsets (as brat and Python count) to UTF-16 offsets. */
  private static int[] codePointIndex(String s) {
    int n = s.codePointCount(0, s.length());
    int[] out = new int[n + 1];
    int i = 0;
    for (int cp = 0; cp < n; cp++) {
      out[cp] = i;
      i += Character.charCount(s.codePointAt(i));
    }
    out[n] = s.length();
    return out;
  }

  private static List<Gold> readGold(List<String> lines, String body, int[] cpToChar) {
    Map<String, int[][]> spans = new TreeMap<>();
    List<String[]> events = new ArrayList<>();
    for (String line : lines) {
      String[] cols = line.split("\t");
      if (cols.length >= 2 && line.startsWith("T")) {
        String[] typeAndSpans = cols[1].split(" ", 2);
        if (typeAndSpans.length < 2) {
          continue;
        }
        String[] frags = typeAndSpans[1].split(";");
        int[][] parsed = new int[frags.length][];
        boolean ok = true;
        for (int k = 0; k < frags.length; k++) {
          String[] se = frags[k].trim().split(" ");
          try {
            int s = Integer.parseInt(se[0]);
            int e = Integer.parseInt(se[1]);
            if (s < 0 || e < s || e >= cpToChar.length) {
              ok = false;
              break;
            }
            parsed[k] = new int[] {cpToChar[s], cpToChar[e]};
          } catch (RuntimeException ex) {
            ok = false;
            break;
          }
        }
        if (ok) {
          spans.put(cols[0], parsed);
        }
      } else if (cols.length >= 2 && line.startsWith("E")) {
        events.add(cols[1].trim().split(" "));
      }
    }
    List<Gold> out = new ArrayList<>();
    for (String[] ev : events) {
      String content = null;
      String source = null;
      String cue = null;
      for (String part : ev) {
        int colon = part.indexOf(':');
        if (colon < 0) {
          continue;
        }
        String role = part.substring(0, colon);
        String id = part.substring(colon + 1);
        switch (role.replaceAll("\\d+$", "")) {
          case "Content" -> content = id;
          case "Source" -> source = id;
          case "Cue" -> cue = id;
          default -> {}
        }
      }
      if (content == null || !spans.containsKey(content)) {
        continue;
      }
      String sourceText = source != null && spans.containsKey(source) ? joined(body, spans.get(source)) : null;
      String cueText = cue != null && spans.containsKey(cue) ? joined(body, spans.get(cue)) : null;
      List<int[]> units = mergeFragments(body, spans.get(content));
      for (int[] u : units) {
        int first = -1;
        int firstWidth = 1;
        int last = -1;
        for (int i = u[0]; i < u[1]; i++) {
          int width = DOUBLE_MARKS.indexOf(body.charAt(i)) >= 0 ? 1 : body.startsWith("''", i) ? 2 : 0;
          if (width > 0) {
            if (first < 0) {
              first = i;
              firstWidth = width;
            }
            last = i;
            i += width - 1;
          }
        }
        if (first < 0) {
          out.add(new Gold(u[0], u[1], false, sourceText, cueText));
          continue;
        }
        int s;
        int e;
        if (first == last) {
          boolean atStart = body.substring(u[0], first).isBlank();
          s = atStart ? first + firstWidth : u[0];
          e = atStart ? u[1] : first;
        } else {
          s = first + firstWidth;
          e = last;
        }
        out.add(new Gold(s, Math.max(s, e), true, sourceText, cueText));
      }
    }
    return out;
  }

  private static String joined(String body, int[][] spans) {
    StringBuilder sb = new StringBuilder();
    for (int[] s : spans) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(body, s[0], s[1]);
    }
    return sb.toString();
  }

  /** Joins content fragments separated only by whitespace. */
  private static List<int[]> mergeFragments(String body, int[][] frags) {
    List<int[]> sorted = new ArrayList<>();
    for (int[] f : frags) {
      sorted.add(new int[] {f[0], f[1]});
    }
    sorted.sort((x, y) -> Integer.compare(x[0], y[0]));
    List<int[]> out = new ArrayList<>();
    for (int[] f : sorted) {
      if (!out.isEmpty()) {
        int[] prev = out.get(out.size() - 1);
        if (f[0] >= prev[1] && body.substring(prev[1], f[0]).isBlank()) {
          prev[1] = Math.max(prev[1], f[1]);
          continue;
        }
      }
      out.add(f);
    }
    return out;
  }
}
