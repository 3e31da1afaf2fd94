package org.parallax.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.parallax.text.Article;
import org.parallax.text.Sentence;

/** Entry point of the facts stage: finds the facts of articles and compares two articles' facts. */
public final class FactFinder {
  private final ThingFinder things = new ThingFinder();
  private final DateFinder dates = new DateFinder();
  private final NumberFinder numbers = new NumberFinder();
  private final NameFinder names = new NameFinder();
  private final FactMerger merger = new FactMerger();

  /** Returns the facts of one article, each with in = [label]. */
  public List<Fact> facts(Article article) {
    Objects.requireNonNull(article, "article");
    return merger.merge(candidates(List.of(article), new HashMap<>()), List.of(article.label())).facts();
  }

  /** Returns the facts of both articles merged by identity, each marked with the articles that have it. */
  public List<Fact> compare(Article a, Article b) {
    return diff(a, b).facts();
  }

  /** Returns the facts of both articles merged by identity, ready to be checked for conflicts once aligned. */
  public FactDiff diff(Article a, Article b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.label().equals(b.label())) {
      throw new IllegalArgumentException("both articles are labelled " + a.label());
    }
    Map<String, SentenceWords> tagged = new HashMap<>();
    List<Candidate> candidates = candidates(List.of(a, b), tagged);
    List<SentenceWords> sentences = new ArrayList<>();
    for (Article article : List.of(a, b)) {
      for (Sentence s : article.sentences()) {
        sentences.add(tagged.get(s.id()));
      }
    }
    return new FactDiff(a, b, merger.merge(candidates, List.of(a.label(), b.label()), sentences), tagged);
  }

  /**
   * Returns whether {@code text} is a demonym (American, Russians) rather than a name of its place:
   * it names the people or qualifies a noun, so writing it instead of the name is no naming choice.
   */
  public static boolean isDemonym(String text) {
    return Lexicon.get().isDemonym(text);
  }

  /** Returns the facts only one article has, most important first, then most mentioned, then in fact order. */
  public List<Fact> exclusive(List<Fact> facts) {
    List<Fact> out = new ArrayList<>();
    for (Fact f : facts) {
      if (f.in().size() == 1) {
        out.add(f);
      }
    }
    out.sort(FactRanker.MOST_IMPORTANT_FIRST);
    return List.copyOf(out);
  }

  /**
   * Returns the facts without the one-sided ones that are a value of a conflict (the 12 of "12 people
   * killed" against 14): a conflict shows them both, and listing them again as only in one article
   * would tell the editor the other article is silent about them.
   */
  public static List<Fact> outsideConflicts(List<Fact> facts, List<Conflict> conflicts) {
    Objects.requireNonNull(conflicts, "conflicts");
    List<Fact> out = new ArrayList<>();
    for (Fact f : facts) {
      boolean conflicted = false;
      if (f.in().size() == 1) {
        for (Conflict c : conflicts) {
          for (Conflict.Side side : List.of(c.a(), c.b())) {
            for (Mention m : f.mentions()) {
              conflicted |= side.sentenceIds().contains(m.sentenceId())
                  && (m.text().equals(side.value()) || f.canonical().equals(side.value()));
            }
          }
        }
      }
      if (!conflicted) {
        out.add(f);
      }
    }
    return List.copyOf(out);
  }

  /** Adds the initials of each run of three or more capitalized words, "of" and "and" skipped, to {@code out}. */
  private static void initials(List<Word> words, Set<String> out) {
    StringBuilder run = new StringBuilder();
    for (int i = 0; i <= words.size(); i++) {
      Word w = i < words.size() ? words.get(i) : null;
      boolean skip = w != null && run.length() > 0 && Set.of("of", "and", "for").contains(w.norm())
          && i + 1 < words.size() && words.get(i + 1).capitalized();
      if (w != null && (skip || w.capitalized() && Character.isLetter(w.text().charAt(0))
          && (run.length() == 0 || !words.get(i - 1).possessive()))) {
        if (!skip) {
          run.append(w.text().charAt(0));
        }
        continue;
      }
      if (run.length() >= 3) {
        out.add(run.toString());
      }
      run.setLength(0);
    }
  }

  /** Returns the candidate mentions of the articles; puts each tagged sentence into {@code tagged} by id. */
  private List<Candidate> candidates(List<Article> articles, Map<String, SentenceWords> tagged) {
    List<List<SentenceWords>> byArticle = new ArrayList<>();
    Set<String> capitalized = new TreeSet<>();
    Set<String> initials = new TreeSet<>();
    PosTagger tagger = PosTagger.create();
    for (Article article : articles) {
      List<SentenceWords> sentences = new ArrayList<>();
      for (Sentence s : article.sentences()) {
        SentenceWords sw = SentenceWords.of(article, s, tagger);
        sentences.add(sw);
        tagged.put(s.id(), sw);
        initials(sw.words(), initials);
        if (!sw.titleCase()) {
          List<Word> words = sw.words();
          for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            boolean alone = (i == 0 || !words.get(i - 1).capitalized()) && (i + 1 == words.size()
                || !words.get(i + 1).capitalized() || words.get(i).possessive());
            if (w.capitalized() && !w.initial() && alone && !w.text().equals(w.text().toUpperCase(Locale.ROOT))) {
              capitalized.add(w.norm());
            }
          }
        }
      }
      byArticle.add(sentences);
    }
    List<Candidate> out = new ArrayList<>();
    for (int order = 0; order < articles.size(); order++) {
      Context ctx = new Context(order, articles.get(order).document().published(), capitalized, initials);
      for (SentenceWords sw : byArticle.get(order)) {
        boolean[] claimed = new boolean[sw.words().size()];
        things.find(sw, ctx, claimed, out);
        dates.find(sw, ctx, claimed, out);
        numbers.find(sw, ctx, claimed, out);
        names.find(sw, ctx, claimed, out);
      }
    }
    return out;
  }
}
