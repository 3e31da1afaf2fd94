package org.parallax.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.parallax.facts.Fact;
import org.parallax.facts.FactFinder;
import org.parallax.facts.FactKind;
import org.parallax.facts.Mention;
import org.parallax.ingest.Document;
import org.parallax.ingest.Format;
import org.parallax.text.Article;
import org.parallax.text.Segmenter;

/**
 * Scores entity recognition on GUM CoNLL-U files with {@code Entity=} brackets, document by document.
 *
 * <p>Gold names are the mentions of type person, organization or place whose minimal span is mostly
 * proper nouns, or that carry a Wikipedia identity and a proper noun within eight words; one gold entity per identity (or per text when it has none) and document. A gold
 * entity is found when a person, organization or place fact has a mention overlapping one of its
 * named mentions (recall). A fact is a real name when most of its mentions overlap a gold named
 * mention of any type (precision), and has the right kind when that mention's type is its kind.
 * Gold times and quantities that hold a digit, a month or a weekday are found when a date or
 * number mention overlaps them. The body is rebuilt from the {@code # text} lines (paragraphs from
 * {@code # newpar}) and split by Parallax's own segmenter, as an article would be.
 */
public final class GumEval {
  private static final Set<String> NAMED_TYPES = Set.of("person", "organization", "place");
  private static final Pattern DATE_LIKE = Pattern.compile(
      ".*(\\d|January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday).*");

  private GumEval() {}

  /** One gold mention: its entity, type, body span and whether its minimal span is all proper nouns. */
  record GoldMention(String entity, String type, int start, int end, String text, boolean named) {}

  /** One document: its body and gold mentions. */
  record Doc(String name, String body, List<GoldMention> gold) {}

  /** What a recognizer proposes: a kind and body spans, one per mention. */
  record Found(FactKind kind, List<int[]> spans, String text) {}

  /** Counts for one recognizer over all documents. */
  public record Score(int goldNames, int foundNames, int found, int real, int rightKind, int goldValues,
      int foundValues, Map<String, int[]> byType) {
    double recall() {
      return ratio(foundNames, goldNames);
    }

    double precision() {
      return ratio(real, found);
    }

    double kind() {
      return ratio(rightKind, real);
    }

    double valueRecall() {
      return ratio(foundValues, goldValues);
    }
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  /** Reads every {@code .conllu} file of {@code dir}, in name order. */
  static List<Doc> read(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".conllu")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException(dir + ": no .conllu files");
    }
    List<Doc> out = new ArrayList<>();
    for (Path f : files) {
      out.add(parse(f.getFileName().toString(), Files.readAllLines(f, StandardCharsets.UTF_8)));
    }
    return out;
  }

  /** Parses one CoNLL-U document with Entity brackets. */
  static Doc parse(String name, List<String> lines) throws IOException {
    StringBuilder body = new StringBuilder();
    List<GoldMention> gold = new ArrayList<>();
    boolean newPar = false;
    String text = null;
    int sentStart = 0;
    int cursor = 0;
    Map<String, List<Object[]>> open = new HashMap<>(); // id -> stack of {type, identity, minspan, startToken}
    List<int[]> tokenSpans = new ArrayList<>();
    List<String> tokenTags = new ArrayList<>();
    int rangeEnd = -1;
    int[] rangeSpan = null;
    for (String line : lines) {
      if (line.startsWith("# newpar")) {
        newPar = true;
      } else if (line.startsWith("# text = ")) {
        text = line.substring("# text = ".length());
        if (body.length() > 0) {
          body.append(newPar ? "\n\n" : " ");
        }
        newPar = false;
        sentStart = body.length();
        body.append(text);
        cursor = 0;
        tokenSpans.clear();
        tokenTags.clear();
        rangeEnd = -1;
      } else if (!line.isEmpty() && !line.startsWith("#")) {
        String[] cols = line.split("\t", -1);
        if (cols.length < 10 || text == null) {
          throw new IOException(name + ": bad CoNLL-U line: " + line);
        }
        String id = cols[0];
        if (id.contains(".")) {
          continue;
        }
        if (id.contains("-")) {
          int at = text.indexOf(cols[1], cursor);
          int s = at < 0 ? cursor : at;
          rangeSpan = new int[] {sentStart + s, sentStart + s + (at < 0 ? 0 : cols[1].length())};
          cursor = at < 0 ? cursor : at + cols[1].length();
          rangeEnd = Integer.parseInt(id.substring(id.indexOf('-') + 1));
          continue;
        }
        int n = Integer.parseInt(id);
        int[] span;
        if (n <= rangeEnd) {
          span = rangeSpan;
        } else {
          int at = text.indexOf(cols[1], cursor);
          int s = at < 0 ? cursor : at;
          span = new int[] {sentStart + s, sentStart + s + (at < 0 ? 0 : cols[1].length())};
          cursor = at < 0 ? cursor : at + cols[1].length();
        }
        tokenSpans.add(span);
        tokenTags.add(cols[3]);
        String entity = misc(cols[9], "Entity");
        if (entity != null) {
          brackets(entity, tokenSpans.size() - 1, open, tokenSpans, tokenTags, body, gold);
        }
      }
    }
    return new Doc(name, body.toString(), List.copyOf(gold));
  }

  private static String misc(String misc, String key) {
    for (String part : misc.split("\\|")) {
      if (part.startsWith(key + "=")) {
        return part.substring(key.length() + 1);
      }
    }
    return null;
  }

  /** Applies the opening and closing brackets of one token's Entity value. */
  private static void brackets(String value, int token, Map<String, List<Object[]>> open, List<int[]> spans,
      List<String> tags, StringBuilder body, List<GoldMention> gold) {
    int i = 0;
    while (i < value.length()) {
      char c = value.charAt(i);
      if (c == '(') {
        int j = i + 1;
        while (j < value.length() && value.charAt(j) != '(' && value.charAt(j) != ')') {
          j++;
        }
        String[] f = value.substring(i + 1, j).split("-", 8);
        String id = f[0];
        String type = f.length > 1 ? f[1] : "";
        String minspan = f.length > 5 ? f[5] : "";
        String identity = f.length > 7 ? f[7] : "";
        open.computeIfAbsent(id, k -> new ArrayList<>()).add(new Object[] {type, identity, minspan, token});
        i = j;
        if (j < value.length() && value.charAt(j) == ')') {
          close(id, token, open, spans, tags, body, gold);
          i = j + 1;
        }
      } else if (Character.isDigit(c)) {
        int j = i;
        while (j < value.length() && value.charAt(j) != ')') {
          j++;
        }
        close(value.substring(i, j), token, open, spans, tags, body, gold);
        i = j + 1;
      } else {
        i++;
      }
    }
  }

  private static void close(String id, int token, Map<String, List<Object[]>> open, List<int[]> spans,
      List<String> tags, StringBuilder body, List<GoldMention> gold) {
    List<Object[]> stack = open.get(id);
    if (stack == null || stack.isEmpty()) {
      return;
    }
    Object[] o = stack.remove(stack.size() - 1);
    int from = (Integer) o[3];
    if (from > token) {
      return;
    }
    int proper = 0;
    int any = 0;
    for (String m : ((String) o[2]).split(",")) {
      if (!m.matches("\\d+")) {
        continue;
      }
      int k = from + Integer.parseInt(m) - 1;
      if (k <= token) {
        any++;
        proper += tags.get(k).equals("PROPN") ? 1 : 0;
      }
    }
    boolean propnInside = false;
    for (int k = from; k <= token; k++) {
      propnInside |= tags.get(k).equals("PROPN");
    }
    String identityField = (String) o[1];
    boolean named = any > 0 && proper * 2 > any
        || !identityField.isEmpty() && propnInside && token - from < 8;
    int start = spans.get(from)[0];
    int end = spans.get(token)[1];
    if (end <= start) {
      return;
    }
    String identity = (String) o[1];
    String text = body.substring(start, end);
    gold.add(new GoldMention(identity.isEmpty() ? "text:" + norm(text) : identity, (String) o[0], start, end, text,
        named));
  }

  private static String norm(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("^(the|a|an) ", "").replaceAll("\\s+", " ").strip();
  }

  /** Returns Parallax's facts of one document as found spans. */
  static List<Found> parallax(Doc doc, FactFinder finder, Segmenter segmenter) {
    Article a = segmenter.segment("A", new Document(doc.name(), Format.TXT, null, null, null, null, doc.body(),
        List.of(), List.of()));
    List<Found> out = new ArrayList<>();
    for (Fact f : finder.facts(a)) {
      List<int[]> spans = new ArrayList<>();
      for (Mention m : f.mentions()) {
        spans.add(new int[] {m.start(), m.end()});
      }
      out.add(new Found(f.kind(), spans, f.canonical()));
    }
    return out;
  }

  /** Returns every maximal run of capitalized words as a person name: the naive baseline. */
  static List<Found> capitalizedRuns(Doc doc) {
    Map<String, List<int[]>> byText = new TreeMap<>();
    java.util.regex.Matcher m = Pattern.compile("\\p{Lu}[\\p{L}.'\u2019-]*(?:[ ]\\p{Lu}[\\p{L}.'\u2019-]*)*")
        .matcher(doc.body());
    while (m.find()) {
      byText.computeIfAbsent(m.group(), k -> new ArrayList<>()).add(new int[] {m.start(), m.end()});
    }
    List<Found> out = new ArrayList<>();
    byText.forEach((t, spans) -> out.add(new Found(FactKind.PERSON, spans, t)));
    return out;
  }

  private static boolean overlaps(int[] s, GoldMention g) {
    return s[0] < g.end() && g.start() < s[1];
  }

  /** Scores one recognizer's output on all documents; {@code misses} collects examples when not null. */
  static Score score(List<Doc> docs, List<List<Found>> found, List<String> misses) {
    int goldNames = 0;
    int foundNames = 0;
    int all = 0;
    int real = 0;
    int rightKind = 0;
    int goldValues = 0;
    int foundValues = 0;
    Map<String, int[]> byType = new TreeMap<>();
    for (int d = 0; d < docs.size(); d++) {
      Doc doc = docs.get(d);
      List<Found> names = found.get(d).stream()
          .filter(f -> f.kind() == FactKind.PERSON || f.kind() == FactKind.ORGANIZATION || f.kind() == FactKind.PLACE)
          .toList();
      List<Found> values = found.get(d).stream()
          .filter(f -> f.kind() == FactKind.DATE || f.kind() == FactKind.NUMBER).toList();
      Map<String, List<GoldMention>> entities = new TreeMap<>();
      Map<String, List<GoldMention>> valueEntities = new TreeMap<>();
      for (GoldMention g : doc.gold()) {
        if (g.named() && NAMED_TYPES.contains(g.type())) {
          entities.computeIfAbsent(g.type() + "|" + g.entity(), k -> new ArrayList<>()).add(g);
        } else if ((g.type().equals("time") || g.type().equals("quantity")) && DATE_LIKE.matcher(g.text()).matches()) {
          valueEntities.computeIfAbsent(norm(g.text()), k -> new ArrayList<>()).add(g);
        }
      }
      for (Map.Entry<String, List<GoldMention>> e : entities.entrySet()) {
        String type = e.getKey().substring(0, e.getKey().indexOf('|'));
        int[] t = byType.computeIfAbsent(type, k -> new int[2]);
        t[0]++;
        goldNames++;
        boolean hit = names.stream().anyMatch(f -> f.spans().stream().anyMatch(
            s -> e.getValue().stream().anyMatch(g -> overlaps(s, g))));
        if (hit) {
          foundNames++;
          t[1]++;
        } else if (misses != null && misses.size() < 400) {
          misses.add("missed " + type + ": " + e.getValue().get(0).text() + "  (" + doc.name() + ")");
        }
      }
      for (List<GoldMention> v : valueEntities.values()) {
        goldValues++;
        if (values.stream().anyMatch(f -> f.spans().stream().anyMatch(s -> v.stream().anyMatch(g -> overlaps(s, g))))) {
          foundValues++;
        } else if (misses != null && misses.size() < 400) {
          misses.add("missed value: " + v.get(0).text() + "  (" + doc.name() + ")");
        }
      }
      for (Found f : names) {
        all++;
        int over = 0;
        Map<String, Integer> types = new TreeMap<>();
        for (int[] s : f.spans()) {
          GoldMention best = null;
          for (GoldMention g : doc.gold()) {
            if (g.named() && overlaps(s, g) && (best == null || g.end() - g.start() < best.end() - best.start())) {
              best = g;
            }
          }
          if (best != null) {
            over++;
            types.merge(best.type(), 1, Integer::sum);
          }
        }
        if (over > 0) {
          real++;
          String type = types.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
          if (type.equals(f.kind().id())) {
            rightKind++;
          } else if (misses != null && misses.size() < 400) {
            misses.add("kind " + f.kind().id() + " but gold " + type + ": " + f.text() + "  (" + doc.name() + ")");
          }
        } else if (misses != null && misses.size() < 400) {
          misses.add("not a name: " + f.kind().id() + " " + f.text() + "  (" + doc.name() + ")");
        }
      }
    }
    return new Score(goldNames, foundNames, all, real, rightKind, goldValues, foundValues, byType);
  }

  /** Runs the naive baseline and Parallax's finder on {@code dir} and prints both scores. */
  public static void run(Path dir, PrintWriter out, boolean verbose) throws IOException {
    Objects.requireNonNull(dir, "dir");
    List<Doc> docs = read(dir);
    FactFinder finder = new FactFinder();
    Segmenter segmenter = new Segmenter();
    List<List<Found>> base = new ArrayList<>();
    List<List<Found>> ours = new ArrayList<>();
    for (Doc d : docs) {
      base.add(capitalizedRuns(d));
      ours.add(parallax(d, finder, segmenter));
    }
    out.printf(Locale.ROOT, "GUM %d documents, document level; names = person/organization/place mentions "
        + "whose minimal span is mostly proper nouns (or linked, with a proper noun)%n", docs.size());
    print("capitalized runs (baseline)", score(docs, base, null), out, false);
    List<String> misses = verbose ? new ArrayList<>() : null;
    print("parallax facts", score(docs, ours, misses), out, true);
    if (misses != null) {
      misses.forEach(out::println);
    }
  }

  private static void print(String name, Score s, PrintWriter out, boolean kinds) {
    out.printf(Locale.ROOT, "%-28s names: recall %.3f (%d/%d), precision %.3f (%d/%d)", name, s.recall(),
        s.foundNames(), s.goldNames(), s.precision(), s.real(), s.found());
    if (kinds) {
      out.printf(Locale.ROOT, ", right kind %.3f (%d/%d)", s.kind(), s.rightKind(), s.real());
    }
    out.printf(Locale.ROOT, "; dates/quantities recall %.3f (%d/%d)%n", s.valueRecall(), s.foundValues(),
        s.goldValues());
    StringBuilder types = new StringBuilder();
    s.byType().forEach((t, c) -> types.append(String.format(Locale.ROOT, " %s %.3f (%d/%d)", t, ratio(c[1], c[0]),
        c[1], c[0])));
    out.println("    recall by type:" + types);
  }
}
