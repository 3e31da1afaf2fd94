package org.parallax.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.parallax.align.DiffSegment;

/**
 * A quote of A and a quote of B that render the same words.
 *
 * @param a the A quote id
 * @param b the B quote id
 * @param kind exact, fragment or variant
 * @param score similarity from 0 to 1
 * @param diff word diff from the A quote to the B quote
 */
public record QuoteMatch(String a, String b, Kind kind, double score, List<DiffSegment> diff) {
  /** How the two renderings relate. */
  public enum Kind {
    EXACT,
    FRAGMENT,
    VARIANT;

    /** Returns the name used in reports. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public QuoteMatch {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(kind, "kind");
    diff = List.copyOf(diff);
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score out of [0, 1]: " + score);
    }
  }
}
