package org.parallax.framing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The lexicons of the framing stage, loaded once from resources under {@code lexicons/}. */
final class Lexicons {
  static final String DIR = "lexicons/";
  static final Lexicon BIAS =
      Lexicon.load(DIR + "recasens-bias.txt", "lexicon:recasens-bias", words(DIR + "recasens-bias-news.txt"));
  static final Lexicon NEWS = Lexicon.load(DIR + "news-loaded.txt", "lexicon:news-loaded", null);
  static final Lexicon HEDGES = Lexicon.load(DIR + "news-hedges.tsv", "lexicon:hyland-hedges", null);
  static final Lexicon ATTRIBUTION =
      Lexicon.load(DIR + "attribution-verbs.tsv", "rule:attribution-verb-grade", null);
  static final Set<String> NEUTRAL_ADVERBS = words(DIR + "neutral-adverbs.txt");
  static final List<String[]> NAMING_PAIRS = pairs(DIR + "naming-pairs.tsv");
  static final Lexicon NAMES = namesLexicon();
  /** The lemmas of the "Charged verbs" section of news-loaded.txt. */
  static final Set<String> CHARGED_VERBS = section(DIR + "news-loaded.txt", "# Charged verbs");

  private Lexicons() {}

  private static Set<String> words(String resource) {
    Set<String> out = new HashSet<>();
    for (String[] row : Lexicon.readRows(resource)) {
      out.add(row[0].strip().toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  /** Returns the lower-case entries of one '#'-headed section of a one-entry-a-line resource. */
  private static Set<String> section(String resource, String heading) {
    java.io.InputStream in = Lexicons.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("framing resource is missing: " + resource);
    }
    Set<String> out = new HashSet<>();
    try (java.io.BufferedReader r =
        new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
      boolean inside = false;
      String line;
      while ((line = r.readLine()) != null) {
        String s = line.strip();
        if (s.startsWith("#")) {
          inside = s.equals(heading);
        } else if (inside && !s.isEmpty()) {
          out.add(s.toLowerCase(Locale.ROOT));
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }

  private static List<String[]> pairs(String resource) {
    List<String[]> out = new ArrayList<>();
    for (String[] row : Lexicon.readRows(resource)) {
      if (row.length >= 2) {
        out.add(new String[] {row[0].strip().toLowerCase(Locale.ROOT), row[1].strip().toLowerCase(Locale.ROOT)});
      }
    }
    return List.copyOf(out);
  }

  private static Lexicon namesLexicon() {
    List<LexiconEntry> entries = new ArrayList<>();
    for (String[] p : NAMING_PAIRS) {
      for (String term : p) {
        entries.add(new LexiconEntry(term, Lexicon.words(term), "", 0, "rule:naming-pair"));
      }
    }
    return new Lexicon("rule:naming-pair", entries);
  }

  /** Returns a reader's name for a lexicon or rule. */
  static String describe(String rule) {
    return switch (rule) {
      case "lexicon:recasens-bias" -> "bias lexicon";
      case "lexicon:news-loaded" -> "loaded-word list";
      case "rule:manner-adverb" -> "evaluative adverb";
      case "model:loaded-term" -> "scored as loaded";
      default -> rule;
    };
  }
}
