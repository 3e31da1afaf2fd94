package org.parallax.framing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parallax.align.Alignment;
import org.parallax.align.AlignmentKind;
import org.parallax.align.AlignmentResult;
import org.parallax.facts.Fact;
import org.parallax.quotes.Quote;
import org.parallax.quotes.QuoteComparison;
import org.parallax.text.Article;
import org.parallax.text.Sentence;
import org.parallax.text.Token;

/** The two articles the framing rules compare, with their alignment, quotes and facts. */
final class ArticlePair {
  /**
   * The score at or above which a passage aligned as merely "related" counts as telling the same thing;
   * paraphrases and closer passages always do. Word-level contrasts (attribution, word choice, hedges,
   * naming pairs) are read only on such passages.
   */
  static final double STRONG_SCORE = 0.55;

  final ArticleText a;
  final ArticleText b;
  final AlignmentResult alignment;
  final List<Quote> quotesA;
  final List<Quote> quotesB;
  final List<Fact> facts;
  private Set<String> stemsA;
  private Set<String> stemsB;

  ArticlePair(Article a, Article b, AlignmentResult alignment, QuoteComparison quotes, List<Fact> facts) {
    this.quotesA = quotes.a() == null ? List.of() : quotes.a().quotes();
    this.quotesB = quotes.b() == null ? List.of() : quotes.b().quotes();
    this.a = new ArticleText(a, quotesA);
    this.b = new ArticleText(b, quotesB);
    this.alignment = alignment;
    this.facts = List.copyOf(facts);
  }

  /** Returns whether an aligned passage is close enough for its words to be compared. */
  static boolean strong(Alignment al) {
    // Partial and related passages share only part of their content: their other words are not
    // the other outlet's choice for the same thing unless the pair scores high.
    return switch (al.kind()) {
      case IDENTICAL, NEAR_IDENTICAL, PARAPHRASE, CONFLICTING -> true;
      case PARTIAL, RELATED -> al.score() >= STRONG_SCORE;
    };
  }

  /** Returns the aligned passages close enough for their words to be compared. */
  List<Alignment> strongAlignments() {
    return alignment.alignments().stream().filter(ArticlePair::strong).toList();
  }

  /** Returns the other side of {@code t}. */
  ArticleText other(ArticleText t) {
    return t == a ? b : a;
  }

  /** Returns the quotes of {@code t}. */
  List<Quote> quotes(ArticleText t) {
    return t == a ? quotesA : quotesB;
  }

  /** Returns the lower-case forms and stems of every word of an article, quoted or not, title included. */
  Set<String> stems(ArticleText t) {
    if (t == a && stemsA != null) {
      return stemsA;
    }
    if (t == b && stemsB != null) {
      return stemsB;
    }
    Set<String> out = new HashSet<>();
    for (int i = 0; i < t.sentences().size(); i++) {
      for (Token tok : t.tokens(i)) {
        out.add(tok.norm());
        out.add(tok.stem());
      }
    }
    String title = t.article().document() == null ? null : t.article().document().title();
    if (title != null) {
      for (Token tok : org.parallax.text.Tokenizer.tokenize(title)) {
        out.add(tok.norm());
        out.add(tok.stem());
      }
    }
    Set<String> copy = Set.copyOf(out);
    if (t == a) {
      stemsA = copy;
    } else {
      stemsB = copy;
    }
    return copy;
  }

  /** Returns the text of the sentences {@code ids} of {@code t}, joined by spaces. */
  static String text(ArticleText t, List<String> ids) {
    List<String> parts = new ArrayList<>();
    for (String id : ids) {
      Sentence s = t.sentence(id);
      if (s != null) {
        parts.add(s.text());
      }
    }
    return String.join(" ", parts);
  }

  /** Returns the sentence {@code id} of {@code side} with the matching passage of {@code other}, A's first. */
  static List<String> pairIds(ArticleText side, List<String> ids, ArticleText other, List<String> otherIds) {
    List<String> out = new ArrayList<>();
    if (side.label().compareTo(other.label()) > 0) {
      out.addAll(otherIds);
      out.addAll(ids);
    } else {
      out.addAll(ids);
      out.addAll(otherIds);
    }
    return out;
  }

  static String fold(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  /** Returns "x", "x and y" or "x, y and z"; {@code none} for no names. */
  static String list(java.util.Collection<String> names, String none) {
    List<String> l = new ArrayList<>(names);
    if (l.isEmpty()) {
      return none;
    }
    if (l.size() == 1) {
      return l.get(0);
    }
    return String.join(", ", l.subList(0, l.size() - 1)) + " and " + l.get(l.size() - 1);
  }

  static List<String> dedupe(List<String> terms) {
    return List.copyOf(new java.util.LinkedHashSet<>(terms));
  }
}
