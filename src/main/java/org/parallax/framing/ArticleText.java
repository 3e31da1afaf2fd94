package org.parallax.framing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.quotes.Quote;
import org.parallax.text.Article;
import org.parallax.text.Sentence;
import org.parallax.text.Span;
import org.parallax.text.Token;
import org.parallax.text.Tokenizer;

/** One article prepared for the framing rules: tokens per sentence and the quoted stretches. */
final class ArticleText {
  private final Article article;
  private final List<List<Token>> tokens = new ArrayList<>();
  private final List<Span> quoted = new ArrayList<>();
  private final Map<String, Sentence> byId = new HashMap<>();

  ArticleText(Article article, List<Quote> quotes) {
    this.article = article;
    for (Sentence s : article.sentences()) {
      tokens.add(Tokenizer.tokenize(s.text()));
      byId.put(s.id(), s);
    }
    String body = article.body();
    for (Quote q : quotes) {
      if (q.end() <= body.length()) {
        quoted.add(new Span(q.start(), q.end()));
      }
    }
    quoted.addAll(QuoteMarks.spans(body));
  }

  /** Most names counted as an article's main actors. */
  private static final int MAIN_NAMES = 3;
  private java.util.Set<String> mainNames;

  /**
   * Returns the lower-case name words of the article's main actors: capitalized words inside sentences
   * (not at their start) that the title holds, or that are among the three most frequent and occur at
   * least three times.
   */
  java.util.Set<String> mainNames() {
    if (mainNames != null) {
      return mainNames;
    }
    Map<String, Integer> counts = new java.util.TreeMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      List<Token> ts = tokens.get(i);
      for (int k = 1; k < ts.size(); k++) {
        Token t = ts.get(k);
        if (t.isCapitalized() && !t.stopword() && t.norm().length() > 2 && t.norm().chars().allMatch(Character::isLetter)) {
          counts.merge(t.norm(), 1, Integer::sum);
        }
      }
    }
    java.util.Set<String> out = new java.util.TreeSet<>();
    String title = article.document() == null ? null : article.document().title();
    if (title != null) {
      for (Token t : Tokenizer.tokenize(title)) {
        if (counts.containsKey(t.norm())) {
          out.add(t.norm());
        }
      }
    }
    counts.entrySet().stream()
        .filter(e -> e.getValue() >= 3)
        .sorted(java.util.Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
        .limit(MAIN_NAMES)
        .forEach(e -> out.add(e.getKey()));
    mainNames = java.util.Set.copyOf(out);
    return mainNames;
  }

  /** Returns whether sentence {@code index} names one of the article's main actors. */
  boolean namesMainActor(int index) {
    java.util.Set<String> main = mainNames();
    for (Token t : tokens.get(index)) {
      if (t.isCapitalized() && main.contains(t.norm())) {
        return true;
      }
    }
    return false;
  }

  Article article() {
    return article;
  }

  String label() {
    return article.label();
  }

  List<Sentence> sentences() {
    return article.sentences();
  }

  /** Returns the sentence with {@code id}, or null. */
  Sentence sentence(String id) {
    return byId.get(id);
  }

  /** Returns the tokens of sentence {@code index}; offsets are relative to the sentence. */
  List<Token> tokens(int index) {
    return tokens.get(index);
  }

  /** Returns whether body offsets {@code [start, end)} lie inside a quotation. */
  boolean inQuote(int start, int end) {
    for (Span s : quoted) {
      if (start >= s.start() && end <= s.end()) {
        return true;
      }
    }
    return false;
  }

  /** Returns the narrowest quotation holding body offsets {@code [start, end)}, or null. */
  Span quoteAround(int start, int end) {
    Span best = null;
    for (Span s : quoted) {
      if (start >= s.start() && end <= s.end() && (best == null || s.end() - s.start() < best.end() - best.start())) {
        best = s;
      }
    }
    return best;
  }

  /**
   * Returns whether tokens {@code [from, to)} of a sentence belong to a proper name: a capitalized
   * word inside the sentence, or a capitalized first word followed by another capitalized word.
   */
  boolean inProperName(int sentence, int from, int to) {
    List<Token> ts = tokens.get(sentence);
    Token first = ts.get(from);
    if (!first.isCapitalized()) {
      return false;
    }
    if (from > 0 && !startsClause(sentence, from)) {
      return true;
    }
    // a first word set off by a comma ("Unilaterally, Obama ...") is not part of the name after it
    return (to < ts.size() && ts.get(to).isCapitalized() && !ts.get(to).stopword() && !startsClause(sentence, to)
            && !separated(sentence, to))
        || (from > 0 && ts.get(from - 1).isCapitalized());
  }

  /** Returns whether a token follows a comma or semicolon in its sentence. */
  private boolean separated(int sentence, int index) {
    List<Token> ts = tokens.get(sentence);
    String text = article.sentences().get(sentence).text();
    String gap = text.substring(ts.get(index - 1).end(), ts.get(index).start());
    return gap.indexOf(',') >= 0 || gap.indexOf(';') >= 0;
  }

  /** Returns whether a token follows a clause boundary (colon, dash, quote mark) in its sentence. */
  private boolean startsClause(int sentence, int index) {
    List<Token> ts = tokens.get(sentence);
    String text = article.sentences().get(sentence).text();
    String gap = text.substring(ts.get(index - 1).end(), ts.get(index).start());
    for (int i = 0; i < gap.length(); i++) {
      char c = gap.charAt(i);
      if (":\"\u201C\u2018'(\u2014\u2013-*".indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Returns the sentence text joined with the text of the other sentences. */
  String text(List<String> ids) {
    StringBuilder b = new StringBuilder();
    for (String id : ids) {
      Sentence s = byId.get(id);
      if (s != null) {
        b.append(s.text()).append(' ');
      }
    }
    return b.toString();
  }
}
