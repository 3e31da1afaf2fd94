package org.parallax.facts;

import java.util.List;

/**
 * How much a fact matters to a reader of the article that has it, from 0 to 1, and why.
 *
 * @param score 0 (a passing mention) to 1 (in the headline and lead, mentioned often, a quoted person)
 * @param reasons the signals that gave the score, such as {@code headline}, {@code lead}, {@code 3 mentions},
 *     {@code quoted}, {@code event number}
 */
public record Importance(double score, List<String> reasons) {
  /** No signal: the importance of a fact that has not been ranked. */
  public static final Importance NONE = new Importance(0, List.of());

  public Importance {
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score out of [0, 1]: " + score);
    }
    reasons = List.copyOf(reasons);
  }
}
