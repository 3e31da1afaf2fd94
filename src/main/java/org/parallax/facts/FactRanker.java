package org.parallax.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.parallax.text.Article;
import org.parallax.text.Sentence;

/**
 * Gives each fact an importance in the article that has it: named in the headline (0.35) or the
 * first two sentences (0.25), mentioned more than once (0.1 a further mention, up to 0.3), a person
 * the article quotes (0.2), a number or date of the headline or lead (0.1). For a fact both
 * articles have, the higher of the two counts. The weights are set by hand, not fitted.
 */
public final class FactRanker {
  private FactRanker() {}

  /**
   * Returns the facts with their importance, in the same order.
   *
   * @param quotedSurnames surname keys of the people each article quotes, by article label ("lavrov")
   */
  public static List<Fact> rank(List<Fact> facts, List<Article> articles, Map<String, Set<String>> quotedSurnames) {
    Objects.requireNonNull(facts, "facts");
    Map<String, Article> byLabel = new HashMap<>();
    Map<String, Integer> index = new HashMap<>();
    for (Article a : articles) {
      byLabel.put(a.label(), a);
      for (Sentence s : a.sentences()) {
        index.put(s.id(), s.index());
      }
    }
    List<Fact> out = new ArrayList<>();
    for (Fact f : facts) {
      Importance best = Importance.NONE;
      for (String label : f.in()) {
        Article a = byLabel.get(label);
        if (a == null) {
          continue;
        }
        Importance i = importance(f, a, index, quotedSurnames.getOrDefault(label, Set.of()));
        if (i.score() > best.score()) {
          best = i;
        }
      }
      out.add(f.withImportance(best));
    }
    return List.copyOf(out);
  }

  /** Orders facts most important first, then most mentioned, then in their given order. */
  public static final Comparator<Fact> MOST_IMPORTANT_FIRST =
      Comparator.comparingDouble((Fact f) -> -f.importance().score()).thenComparingInt(f -> -f.mentions().size());

  private static Importance importance(Fact f, Article a, Map<String, Integer> index, Set<String> quoted) {
    List<String> reasons = new ArrayList<>();
    double score = 0;
    String title = a.document().title();
    boolean headline = false;
    if (title != null) {
      List<String> forms = new ArrayList<>(f.forms());
      if (f.kind() == FactKind.NUMBER) {
        forms.add(f.key().split(":")[1]); // Gunman kills 11: the count without its unit
      }
      for (String form : forms) {
        if (form.length() >= 2 && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(form) + "(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(title.replace(",", "")).find()) {
          headline = true;
        }
      }
    }
    int mentions = 0;
    boolean lead = false;
    for (Mention m : f.mentions()) {
      if (m.article().equals(a.label())) {
        mentions++;
        lead |= index.getOrDefault(m.sentenceId(), Integer.MAX_VALUE) < 2;
      }
    }
    if (headline) {
      score += 0.35;
      reasons.add("headline");
    }
    if (lead) {
      score += 0.25;
      reasons.add("lead");
    }
    if (mentions > 1) {
      score += 0.1 * Math.min(3, mentions - 1);
      reasons.add(mentions + " mentions");
    }
    if (f.kind() == FactKind.PERSON) {
      String[] parts = f.key().split(":");
      if (parts.length > 1 && quoted.contains(parts[1].toLowerCase(Locale.ROOT))) {
        score += 0.2;
        reasons.add("quoted");
      }
    }
    if ((f.kind() == FactKind.NUMBER || f.kind() == FactKind.DATE) && (headline || lead)) {
      score += 0.1;
      reasons.add("event number");
    }
    return new Importance(Math.min(1, Math.round(score * 1000) / 1000.0), reasons);
  }
}
