package org.parallax.facts;

import java.util.List;
import java.util.Objects;

/**
 * One person, place, organization, date, quantity or named thing, with every mention of it.
 *
 * @param kind what the fact names
 * @param key a stable identity used for matching ({@code person:lavrov}, {@code date:2017-11-30})
 * @param canonical the display form (the fullest name seen, or a resolved date)
 * @param in the articles that mention it: ["A"], ["B"] or ["A", "B"]
 * @param forms the distinct surface forms that were merged into this fact, sorted
 * @param mentions every mention, in article then body order
 * @param importance how much the fact matters where it appears (see {@link FactRanker})
 */
public record Fact(
    FactKind kind,
    String key,
    String canonical,
    List<String> in,
    List<String> forms,
    List<Mention> mentions,
    Importance importance) {
  public Fact {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(canonical, "canonical");
    in = List.copyOf(in);
    forms = List.copyOf(forms);
    mentions = List.copyOf(mentions);
    Objects.requireNonNull(importance, "importance");
  }

  /** Returns a fact that has not been ranked. */
  public Fact(FactKind kind, String key, String canonical, List<String> in, List<String> forms, List<Mention> mentions) {
    this(kind, key, canonical, in, forms, mentions, Importance.NONE);
  }

  /** Returns this fact with the given importance. */
  public Fact withImportance(Importance importance) {
    return new Fact(kind, key, canonical, in, forms, mentions, importance);
  }
}
