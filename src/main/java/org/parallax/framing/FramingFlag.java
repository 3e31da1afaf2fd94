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
 * @param confidence how sure the rule is that an editor would agree, from 0 to 1; flags at or above
 *     {@link #SHOWN_AT} are the ones reports show by default
 */
public record FramingFlag(
    FramingKind kind,
    String article,
    List<String> sentenceIds,
    List<String> terms,
    String note,
    String rule,
    double confidence) {
  /** The confidence at or above which a flag is shown by default (HTML top list, Markdown). */
  public static final double SHOWN_AT = 0.7;

  public FramingFlag {
    Objects.requireNonNull(kind, "kind");
    sentenceIds = List.copyOf(sentenceIds);
    terms = List.copyOf(terms);
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(rule, "rule");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
    }
  }

  /** Creates a flag with confidence 1, for callers that do not rate their flags (tests, fixtures). */
  public FramingFlag(FramingKind kind, String article, List<String> sentenceIds, List<String> terms, String note, String rule) {
    this(kind, article, sentenceIds, terms, note, rule, 1.0);
  }

  /** Returns whether reports show this flag by default; every flag stays in the JSON report. */
  public boolean shownByDefault() {
    return confidence >= SHOWN_AT;
  }

  /** Returns this flag with another confidence. */
  FramingFlag withConfidence(double c) {
    return new FramingFlag(kind, article, sentenceIds, terms, note, rule, c);
  }
}
