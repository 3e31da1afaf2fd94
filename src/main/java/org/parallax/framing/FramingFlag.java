package org.parallax.framing;

import java.util.List;
import java.util.Objects;

/**
 * One framing difference, with the words and sentences that show it and the rule that raised it.
 *
 * @param kind what sort of difference
 * @param article "A" or "B" when the flag concerns one side, null when it contrasts both
 * @param sentenceIds the sentences involved, A's first
 * @param terms the words that carry the difference
 * @param note one sentence a reader can act on
 * @param rule the lexicon or rule that raised the flag
 */
public record FramingFlag(
    FramingKind kind,
    String article,
    List<String> sentenceIds,
    List<String> terms,
    String note,
    String rule) {
  public FramingFlag {
    Objects.requireNonNull(kind, "kind");
    sentenceIds = List.copyOf(sentenceIds);
    terms = List.copyOf(terms);
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(rule, "rule");
  }
}
