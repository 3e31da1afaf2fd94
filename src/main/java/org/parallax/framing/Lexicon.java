package org.parallax.framing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parallax.text.Token;
import org.parallax.text.Tokenizer;

/** A word list loaded from a resource, matched against tokens through their lemmas. */
final class Lexicon {
  /** A match of one entry over tokens {@code [from, to)}. */
  record Match(LexiconEntry entry, int from, int to) {}

  private final String rule;
  private final Map<String, List<LexiconEntry>> byFirstWord = new HashMap<>();
  private final Map<String, LexiconEntry> byTerm = new LinkedHashMap<>();

  Lexicon(String rule, Collection<LexiconEntry> entries) {
    this.rule = rule;
    for (LexiconEntry e : entries) {
      String key = e.term().toLowerCase(Locale.ROOT);
      if (byTerm.putIfAbsent(key, e) == null) {
        byFirstWord.computeIfAbsent(e.words().get(0), k -> new ArrayList<>()).add(e);
      }
    }
    for (List<LexiconEntry> list : byFirstWord.values()) {
      list.sort((x, y) -> Integer.compare(y.words().size(), x.words().size()));
    }
  }

  /** Returns the lexicon of a resource: entries in column 1, class in 2, grade in 3, '#' comments. */
  static Lexicon load(String resource, String rule, Set<String> keep) {
    List<LexiconEntry> entries = new ArrayList<>();
    for (String[] cols : readRows(resource)) {
      String term = cols[0].strip();
      if (term.isEmpty() || (keep != null && !keep.contains(term.toLowerCase(Locale.ROOT)))) {
        continue;
      }
      String kind = cols.length > 1 ? cols[1].strip() : "";
      int grade = 0;
      if (cols.length > 2) {
        try {
          grade = Integer.parseInt(cols[2].strip());
        } catch (NumberFormatException e) {
          grade = "strong".equals(cols[2].strip()) ? 1 : 0;
        }
      }
      List<String> words = words(term);
      if (!words.isEmpty()) {
        entries.add(new LexiconEntry(term, words, kind, grade, rule));
      }
    }
    return new Lexicon(rule, entries);
  }

  /** Returns the rows of a resource split at tabs, without comments and blank lines. */
  static List<String[]> readRows(String resource) {
    InputStream in = Lexicon.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("framing resource is missing: " + resource);
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          rows.add(s.split("\t"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** Returns the lower-case words of a term as the tokenizer splits them. */
  static List<String> words(String term) {
    List<String> out = new ArrayList<>();
    for (Token t : Tokenizer.tokenize(term)) {
      out.add(t.norm());
    }
    return out;
  }

  /** Returns the rule name of this lexicon. */
  String rule() {
    return rule;
  }

  /** Returns the entry for a term, or null. */
  LexiconEntry get(String term) {
    return byTerm.get(term.toLowerCase(Locale.ROOT));
  }

  /** Returns the number of entries. */
  int size() {
    return byTerm.size();
  }

  /** Returns the longest non-overlapping matches in {@code tokens}, left to right. */
  List<Match> find(List<Token> tokens) {
    List<Match> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Match best = null;
      for (String c : Lemmas.candidates(tokens.get(i).norm())) {
        List<LexiconEntry> list = byFirstWord.get(c);
        if (list == null) {
          continue;
        }
        for (LexiconEntry e : list) {
          if (matchesAt(e, tokens, i) && (best == null || e.words().size() > best.to() - best.from())) {
            best = new Match(e, i, i + e.words().size());
          }
        }
      }
      if (best != null) {
        out.add(best);
        i = best.to();
      } else {
        i++;
      }
    }
    return out;
  }

  private static boolean matchesAt(LexiconEntry e, List<Token> tokens, int i) {
    List<String> words = e.words();
    if (i + words.size() > tokens.size()) {
      return false;
    }
    for (int j = 1; j < words.size(); j++) {
      if (!Lemmas.candidates(tokens.get(i + j).norm()).contains(words.get(j))) {
        return false;
      }
    }
    return true;
  }
}
