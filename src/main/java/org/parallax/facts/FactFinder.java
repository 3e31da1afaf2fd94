package org.parallax.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.parallax.text.Article;
import org.parallax.text.Sentence;

/** Entry point of the facts stage: finds the facts of articles and compares two articles' facts. */
public final class FactFinder {
  /** Event words too generic to tie two dates to one event (said on Monday, told on Tuesday). */
  private static final Set<String> GENERIC_EVENTS = Set.of("said", "say", "told", "tell", "ad", "add", "report",
      "ask", "note", "wrote", "write", "accord", "call", "seem");

  private final ThingFinder things = new ThingFinder();
  private final DateFinder dates = new DateFinder();
  private final NumberFinder numbers = new NumberFinder();
  private final NameFinder names = new NameFinder();
  private final FactMerger merger = new FactMerger();

  /** Returns the facts of one article, each with in = [label]. */
  public List<Fact> facts(Article article) {
    Objects.requireNonNull(article, "article");
    return merger.merge(candidates(List.of(article)), List.of(article.label())).facts();
  }

  /** Returns the facts of both articles merged by identity, each marked with the articles that have it. */
  public List<Fact> compare(Article a, Article b) {
    return mergePair(a, b).facts();
  }

  /** Returns the numbers and dates where the two articles give different values for the same slot. */
  public List<FactConflict> conflicts(Article a, Article b) {
    FactMerger.Result result = mergePair(a, b);
    List<Fact> onlyA = result.facts().stream().filter(f -> f.in().equals(List.of(a.label()))).toList();
    List<Fact> onlyB = result.facts().stream().filter(f -> f.in().equals(List.of(b.label()))).toList();
    List<FactConflict> out = new ArrayList<>();
    for (Fact fa : onlyA) {
      for (Fact fb : onlyB) {
        if (fa.kind() != fb.kind()) {
          continue;
        }
        if (fa.kind() == FactKind.NUMBER) {
          String sa = slots(result, fa).first();
          if (sa.equals(slots(result, fb).first())) {
            out.add(new FactConflict(FactKind.NUMBER, sa, fa, fb));
          }
        } else if (fa.kind() == FactKind.DATE && FactMerger.resolved(fa.key()) && FactMerger.resolved(fb.key())
            && fa.key().length() == fb.key().length()) {
          TreeSet<String> shared = slots(result, fa);
          shared.retainAll(slots(result, fb));
          shared.removeAll(GENERIC_EVENTS);
          if (!shared.isEmpty()) {
            out.add(new FactConflict(FactKind.DATE, shared.first(), fa, fb));
          }
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns whether {@code text} is a demonym (American, Russians) rather than a name of its place:
   * it names the people or qualifies a noun, so writing it instead of the name is no naming choice.
   */
  public static boolean isDemonym(String text) {
    return Lexicon.get().isDemonym(text);
  }

  /** Returns the facts only one article has, most mentioned first, then in fact order. */
  public List<Fact> exclusive(List<Fact> facts) {
    List<Fact> out = new ArrayList<>();
    for (Fact f : facts) {
      if (f.in().size() == 1) {
        out.add(f);
      }
    }
    out.sort(Comparator.comparingInt((Fact f) -> -f.mentions().size()));
    return List.copyOf(out);
  }

  private static TreeSet<String> slots(FactMerger.Result result, Fact f) {
    TreeSet<String> out = new TreeSet<>();
    for (Candidate c : result.byKey().get(f.key())) {
      if (c.slot() != null) {
        out.add(c.slot());
      }
    }
    if (out.isEmpty()) {
      out.add("");
    }
    return out;
  }

  private FactMerger.Result mergePair(Article a, Article b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.label().equals(b.label())) {
      throw new IllegalArgumentException("both articles are labelled " + a.label());
    }
    return merger.merge(candidates(List.of(a, b)), List.of(a.label(), b.label()));
  }

  private List<Candidate> candidates(List<Article> articles) {
    List<List<SentenceWords>> tagged = new ArrayList<>();
    Set<String> capitalized = new TreeSet<>();
    PosTagger tagger = PosTagger.create();
    for (Article article : articles) {
      List<SentenceWords> sentences = new ArrayList<>();
      for (Sentence s : article.sentences()) {
        SentenceWords sw = SentenceWords.of(article, s, tagger);
        sentences.add(sw);
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
      tagged.add(sentences);
    }
    List<Candidate> out = new ArrayList<>();
    for (int order = 0; order < articles.size(); order++) {
      Context ctx = new Context(order, articles.get(order).document().published(), capitalized);
      for (SentenceWords sw : tagged.get(order)) {
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
