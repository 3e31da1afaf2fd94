package org.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.parallax.framing.FramingAnalyzer;
import org.parallax.framing.FramingFlag;
import org.parallax.framing.FramingKind;
import org.parallax.framing.TermModel;
import org.parallax.ingest.Document;
import org.parallax.ingest.Format;
import org.parallax.quotes.Quote;
import org.parallax.quotes.QuoteSet;
import org.parallax.quotes.Speaker;
import org.parallax.quotes.SpeakerKind;
import org.parallax.quotes.QuoteAnalyzer;
import org.parallax.text.Article;
import org.parallax.text.Sentence;
import org.parallax.text.TextNormalizer;

/**
 * Measures loaded-term flagging and quote finding on BASIL (Fan et al. 2019): recall of lexical-bias
 * spans, flags per 100 sentences, recall of annotated quotes with speaker accuracy, time per triple.
 */
public final class BasilEval {
  /**
   * The figures of one run.
   *
   * @param articles articles read
   * @param triples events (triplets) read
   * @param sentences BASIL sentences read
   * @param lexSpans lexical-bias spans in article bodies
   * @param lexFound lexical-bias spans a loaded-term flag overlaps
   * @param lexOutsideQuotes lexical-bias spans not marked as quotes
   * @param lexOutsideQuotesFound those a flag overlaps
   * @param flags loaded-term flags raised, hedges included
   * @param hedgeFlags of which hedge or certainty flags
   * @param flagsByRule flags per rule
   * @param foundByRule lexical-bias spans found per rule (a span found by two rules counts for both)
   * @param quoteSpans spans annotated as quotes
   * @param quotesFound quote spans a found quote overlaps
   * @param speakersNamed quote spans with a named speaker that a found quote overlaps
   * @param speakersRight of those, the found speaker shares a word with the annotated one (the name rule)
   * @param speakersFair of those, the name rule holds or the annotated speaker is a group the article
   *     ties the found speaker to (the group rule, {@link #speaksFor})
   * @param millis time taken for all triples
   * @param shownFlags loaded-term flags in the writer's own words (no hedge, not in a speaker's quote): what
   *     compare shows for a passage the other article does not carry
   * @param shownFound lexical-bias spans one of those overlaps
   */
  public record Result(
      int articles,
      int triples,
      int sentences,
      int lexSpans,
      int lexFound,
      int lexOutsideQuotes,
      int lexOutsideQuotesFound,
      int flags,
      int hedgeFlags,
      Map<String, Integer> flagsByRule,
      Map<String, Integer> foundByRule,
      int quoteSpans,
      int quotesFound,
      int speakersNamed,
      int speakersRight,
      int speakersFair,
      long millis,
      int shownFlags,
      int shownFound) {
    public Result {
      flagsByRule = Map.copyOf(flagsByRule);
      foundByRule = Map.copyOf(foundByRule);
    }
  }

  private BasilEval() {}

  /** Runs the evaluation on a BASIL folder with {@code articles/} and {@code annotations/}. */
  public static Result evaluate(Path dir) throws IOException {
    return evaluate(dir, new FramingAnalyzer());
  }

  /** Runs the evaluation on a BASIL folder with the given framing analyzer. */
  public static Result evaluate(Path dir, FramingAnalyzer framing) throws IOException {
    ObjectMapper json = new ObjectMapper();
    QuoteAnalyzer quoteAnalyzer = new QuoteAnalyzer();
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir.resolve("articles"))) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    int articles = 0;
    int sentences = 0;
    int lexSpans = 0;
    int lexFound = 0;
    int lexOut = 0;
    int lexOutFound = 0;
    int flagCount = 0;
    int shownFlags = 0;
    int shownFound = 0;
    int hedgeFlags = 0;
    int quoteSpans = 0;
    int quotesFound = 0;
    int speakersNamed = 0;
    int speakersRight = 0;
    int speakersFair = 0;
    Map<String, Integer> byRule = new TreeMap<>();
    Map<String, Integer> foundByRule = new TreeMap<>();
    java.util.Set<String> triplets = new java.util.TreeSet<>();
    long t0 = System.nanoTime();
    for (Path file : files) {
      JsonNode art = json.readTree(Files.readString(file, StandardCharsets.UTF_8));
      String name = file.getFileName().toString().replace(".json", "");
      Path ann = dir.resolve("annotations").resolve(file.getParent().getFileName()).resolve(name + "_ann.json");
      if (!Files.exists(ann)) {
        continue;
      }
      triplets.add(name.substring(0, name.lastIndexOf('_')));
      Built built = build(name, art);
      articles++;
      sentences += built.article().sentences().size();
      QuoteSet set = quoteAnalyzer.extract(built.article());
      List<Quote> quotes = set.quotes();
      List<FramingAnalyzer.LoadedTerm> flags = framing.loadedTermSpans(built.article(), quotes);
      flagCount += flags.size();
      List<Flagged> flagged = new ArrayList<>();
      for (FramingAnalyzer.LoadedTerm lt : flags) {
        FramingFlag f = lt.flag();
        byRule.merge(f.rule(), 1, Integer::sum);
        if (f.kind() == FramingKind.HEDGE) {
          hedgeFlags++;
        }
        flagged.add(new Flagged(lt.start(), lt.end(), f.rule(), shown(f)));
        if (shown(f)) {
          shownFlags++;
        }
      }
      JsonNode spans = json.readTree(Files.readString(ann, StandardCharsets.UTF_8)).path("phrase-level-annotations");
      for (JsonNode span : spans) {
        int[] at = bodySpan(span, built);
        if (at == null) {
          continue;
        }
        int start = at[0];
        int end = at[1];
        boolean quote = "yes".equals(span.path("quote").asText());
        if ("lex".equals(span.path("bias").asText())) {
          lexSpans++;
          java.util.Set<String> rules = new java.util.TreeSet<>();
          boolean shownHit = false;
          for (Flagged o : flagged) {
            if (o.start() < end && start < o.end()) {
              rules.add(o.rule());
              shownHit |= o.shown();
            }
          }
          if (shownHit) {
            shownFound++;
          }
          boolean found = !rules.isEmpty();
          for (String rule : rules) {
            foundByRule.merge(rule, 1, Integer::sum);
          }
          if (found) {
            lexFound++;
          }
          if (!quote) {
            lexOut++;
            if (found) {
              lexOutFound++;
            }
          }
        }
        if (quote) {
          quoteSpans++;
          Quote hit = quotes.stream().filter(q -> q.start() < end && start < q.end()).findFirst().orElse(null);
          if (hit != null) {
            quotesFound++;
            String gold = span.path("speaker").asText("");
            if (!gold.isEmpty() && !gold.startsWith("other")) {
              speakersNamed++;
              boolean byName = hit.speaker() != null && sharesWord(gold.replace('_', ' '), hit.speaker());
              if (byName) {
                speakersRight++;
              }
              if (byName || speaksFor(gold, hit, set)) {
                speakersFair++;
              }
            }
          }
        }
      }
    }
    long millis = (System.nanoTime() - t0) / 1_000_000;
    return new Result(
        articles, triplets.size(), sentences, lexSpans, lexFound, lexOut, lexOutFound, flagCount, hedgeFlags,
        byRule, foundByRule, quoteSpans, quotesFound, speakersNamed, speakersRight, speakersFair, millis, shownFlags, shownFound);
  }

  /** Prints the figures of a run. */
  public static void print(Result r, PrintWriter out) {
    out.printf(Locale.ROOT, "BASIL: %d articles, %d triples, %d sentences%n", r.articles(), r.triples(), r.sentences());
    out.printf(
        Locale.ROOT,
        "lexical-bias span recall: %.3f (%d of %d); outside quotes %.3f (%d of %d)%n",
        ratio(r.lexFound(), r.lexSpans()), r.lexFound(), r.lexSpans(),
        ratio(r.lexOutsideQuotesFound(), r.lexOutsideQuotes()), r.lexOutsideQuotesFound(), r.lexOutsideQuotes());
    out.printf(
        Locale.ROOT,
        "loaded-term flags per 100 sentences: %.1f (%d flags, of which %d hedge or certainty)%n",
        100.0 * ratio(r.flags(), r.sentences()), r.flags(), r.hedgeFlags());
    out.printf(
        Locale.ROOT,
        "  as compare may show them (writer's own words backed by a lexicon, no hedges or speakers' quotes): recall %.3f (%d of %d), %.1f flags per 100 sentences (%d flags)%n",
        ratio(r.shownFound(), r.lexSpans()), r.shownFound(), r.lexSpans(),
        100.0 * ratio(r.shownFlags(), r.sentences()), r.shownFlags());
    for (Map.Entry<String, Integer> e : new TreeMap<>(r.flagsByRule()).entrySet()) {
      out.printf(
          Locale.ROOT, "  %s: %d flags, %d spans found%n", e.getKey(), e.getValue(),
          r.foundByRule().getOrDefault(e.getKey(), 0));
    }
    out.printf(
        Locale.ROOT,
        "quote span recall: %.3f (%d of %d); speaker accuracy on named speakers: %.3f (%d of %d)%n",
        ratio(r.quotesFound(), r.quoteSpans()), r.quotesFound(), r.quoteSpans(),
        ratio(r.speakersRight(), r.speakersNamed()), r.speakersRight(), r.speakersNamed());
    out.printf(
        Locale.ROOT,
        "  with the group rule (a group's member or spokesperson, as the article states, counts for the group): %.3f (%d of %d)%n",
        ratio(r.speakersFair(), r.speakersNamed()), r.speakersFair(), r.speakersNamed());
    if (r.quotesFound() == 0) {
      out.println("  (no quotes found: the quotes stage in this build may be a placeholder)");
    }
    out.printf(Locale.ROOT, "time per triple: %.1f ms%n", r.triples() == 0 ? 0.0 : (double) r.millis() / r.triples());
    out.flush();
  }

  /**
   * Prints the 5-fold cross-validated figures of the loaded-term model, folds split by event, at the flag
   * budget and at the larger budgets of {@link TermTraining#MORE_BUDGETS}.
   */
  public static void crossValidate(Path dir, PrintWriter out) throws IOException {
    TermTraining.crossValidate(
        TermTraining.load(dir), TermTraining.FOLDS, TermTraining.BUDGET, TermTraining.MORE_BUDGETS, out);
    out.flush();
  }

  /**
   * Runs the evaluation on the folder given as the first argument; {@code --cv} adds the cross-validated
   * figures of the loaded-term model, {@code --fit FILE} writes weights fitted on the whole folder.
   */
  public static void main(String[] args) throws IOException {
    Path dir = null;
    boolean cv = false;
    Path fit = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--cv")) {
        cv = true;
      } else if (args[i].equals("--fit") && i + 1 < args.length) {
        fit = Path.of(args[++i]);
      } else if (dir == null && !args[i].startsWith("--")) {
        dir = Path.of(args[i]);
      } else {
        dir = null;
        break;
      }
    }
    if (dir == null) {
      System.err.println("usage: BasilEval BASIL_DIR [--cv] [--fit WEIGHTS_FILE]");
      System.exit(2);
    }
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    out.println("shipped model (its word weights were fitted on BASIL dev, so on that folder these figures are"
        + " IN-SAMPLE; --cv gives the honest figure):");
    print(evaluate(dir), out);
    if (cv || fit != null) {
      List<TermTraining.Doc> docs = TermTraining.load(dir);
      if (cv) {
        TermTraining.crossValidate(docs, TermTraining.FOLDS, TermTraining.BUDGET, TermTraining.MORE_BUDGETS, out);
      }
      if (fit != null) {
        TermModel m = TermTraining.fitAll(docs, TermTraining.BUDGET, out);
        Files.writeString(fit, m.write(TermTraining.HEADER), StandardCharsets.UTF_8);
        out.println("weights written to " + fit);
      }
    }
    out.flush();
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  /** A flagged stretch of body text and the rule that flagged it. */
  private record Flagged(int start, int end, String rule, boolean shown) {}

  /**
   * Returns whether compare may show a flag of an article read alone: a loaded word in the writer's own
   * voice that a lexicon backs (issue #20: the model alone raises no flag). Compare shows fewer: only
   * words the other article never uses, in a strongly aligned passage or one the other does not carry.
   */
  private static boolean shown(FramingFlag f) {
    return f.kind() == FramingKind.LOADED_TERM && !f.rule().endsWith(":quoted")
        && (f.rule().contains("lexicon:news-loaded") || f.rule().contains("lexicon:recasens-bias"));
  }

  /** An article built from BASIL sentences, with each BASIL sentence's body offset. */
  record Built(Article article, List<Integer> offsets) {}

  /** Returns the article with one sentence per BASIL sentence, paragraphs joined by a blank line. */
  static Built build(String name, JsonNode art) {
    StringBuilder body = new StringBuilder();
    List<Integer> offsets = new ArrayList<>();
    List<int[]> bounds = new ArrayList<>();
    List<Integer> paragraphOf = new ArrayList<>();
    int paragraph = 0;
    for (JsonNode para : art.path("body-paragraphs")) {
      boolean first = true;
      boolean any = false;
      for (JsonNode sent : para) {
        String text = sent.asText("").replace("\n", " ");
        if (first && body.length() > 0) {
          body.append("\n\n");
        } else if (!first) {
          body.append(' ');
        }
        first = false;
        offsets.add(body.length());
        bounds.add(new int[] {body.length(), body.length() + text.length()});
        paragraphOf.add(paragraph);
        body.append(text);
        any = true;
      }
      if (any) {
        paragraph++;
      }
    }
    String text = body.toString();
    List<Sentence> sentences = new ArrayList<>();
    for (int i = 0; i < bounds.size(); i++) {
      int[] b = bounds.get(i);
      String s = text.substring(b[0], b[1]);
      sentences.add(new Sentence("A-s" + (i + 1), i, paragraphOf.get(i), b[0], b[1], s, TextNormalizer.normalize(s)));
    }
    String title = art.path("title").asText(null);
    Document doc = new Document(name, Format.TXT, title, null, art.path("source").asText(null), null, text, List.of(), List.of());
    return new Built(new Article("A", doc, sentences), offsets);
  }

  /** Returns the body offsets of a BASIL phrase annotation, or null when its sentence id is bad. */
  static int[] bodySpan(JsonNode span, Built built) {
    String id = span.path("id").asText("");
    if (!id.startsWith("p")) {
      return null;
    }
    int idx;
    try {
      idx = Integer.parseInt(id.substring(1));
    } catch (NumberFormatException e) {
      return null;
    }
    if (idx < 0 || idx >= built.offsets().size()) {
      return null;
    }
    int base = built.offsets().get(idx);
    return new int[] {base + span.path("start").asInt(), base + span.path("end").asInt()};
  }

  /**
   * Returns whether a gold group speaker ("Obama_campaign", "Democratic_Lawmakers", "NAACP") is
   * matched by a found speaker the article ties to that group: the speaker's stated affiliation
   * shares a word with the group's label ("Lis Smith", affiliation "Obama campaign"; "Elijah
   * Cummings", affiliation "Democrat"). Gold person speakers are never matched this way.
   */
  static boolean speaksFor(String gold, Quote hit, QuoteSet set) {
    String label = gold.replace('_', ' ');
    if (hit.speaker() != null && truncatedAtAccent(label, hit.speaker())) {
      return true;
    }
    if (hit.speakerKey() == null || !isGroupLabel(label)) {
      return false;
    }
    Speaker sp = set.speaker(hit.speakerKey());
    return sp != null && sp.affiliation() != null && sharesWordLoosely(label, sp.affiliation());
  }

  /**
   * Returns whether a label word is a found name cut short where the name has a letter outside
   * ASCII: BASIL's labels stop there ("Felipe_Calder" for "Calderón").
   */
  static boolean truncatedAtAccent(String label, String found) {
    for (String g : label.toLowerCase(Locale.ROOT).split("\\s+")) {
      for (String w : found.toLowerCase(Locale.ROOT).split("[\\s.]+")) {
        if (g.length() >= 4 && w.length() > g.length() && w.startsWith(g) && w.charAt(g.length()) > 127) {
          return true;
        }
      }
    }
    return false;
  }

  /** Returns whether a BASIL speaker label names a group, organization or office rather than one person. */
  static boolean isGroupLabel(String label) {
    String[] w = label.strip().split("\\s+");
    String last = w[w.length - 1].toLowerCase(Locale.ROOT);
    boolean acronym = w.length == 1 && w[0].length() >= 3 && w[0].chars().allMatch(Character::isUpperCase);
    return acronym || SpeakerKind.PERSON != QuoteAnalyzer.kindOf(label) || last.endsWith("s") && w.length > 1
        && Character.isLowerCase(w[w.length - 1].charAt(0)) || GROUP_LABEL_WORDS.contains(last);
  }

  private static final java.util.Set<String> GROUP_LABEL_WORDS =
      java.util.Set.of("campaign", "party", "officials", "lawmakers", "companies", "democrats", "republicans", "staff");

  /** Returns whether two names share a word, forms of one word ("Democratic", "Democrat") counting as one. */
  private static boolean sharesWordLoosely(String gold, String found) {
    for (String g : gold.toLowerCase(Locale.ROOT).split("\\s+")) {
      for (String w : found.toLowerCase(Locale.ROOT).split("[\\s.]+")) {
        int n = Math.min(g.length(), w.length());
        int p = 0;
        while (p < n && g.charAt(p) == w.charAt(p)) {
          p++;
        }
        if (g.length() > 2 && (g.equals(w) || p >= 6 || (p == n && n >= 4 && Math.max(g.length(), w.length()) - n <= 2))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean sharesWord(String gold, String found) {
    for (String g : gold.toLowerCase(Locale.ROOT).split("\\s+")) {
      for (String w : found.toLowerCase(Locale.ROOT).split("[\\s.]+")) {
        if (g.length() > 2 && g.equals(w)) {
          return true;
        }
      }
    }
    return false;
  }
}
