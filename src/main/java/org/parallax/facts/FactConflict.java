package org.parallax.facts;

import java.util.Objects;

/**
 * Two facts that fill the same slot with different values, one from each article.
 *
 * @param kind NUMBER or DATE
 * @param slot what both values are about: the unit of a number ({@code barrel per day}) or the event word
 *     of a date ({@code test})
 * @param first the fact only the first article has
 * @param second the fact only the second article has
 */
public record FactConflict(FactKind kind, String slot, Fact first, Fact second) {
  public FactConflict {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(slot, "slot");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
  }
}
