package org.parallax.quotes;

import java.util.List;
import java.util.Objects;

/**
 * A direct quotation in one article.
 *
 * @param id report-wide id, such as {@code A-q2}
 * @param text the quoted words without the quotation marks, as in the body (paragraph breaks of a
 *     quote that runs across paragraphs become one space)
 * @param start body offset of the first quoted character (after the opening mark)
 * @param end body offset after the last quoted character (before the closing mark)
 * @param speaker the speaker's display name, or null when unknown
 * @param speakerKey the speaker's key, shared by every form of one person's name across both
 *     articles, or null when unknown
 * @param cue the attribution verb or phrase as written ("said", "told journalists", "according
 *     to"), or null
 * @param kind full, partial or term
 * @param inferred whether the speaker was carried over from earlier attributed speech, with no cue
 *     of the quote's own
 * @param sentenceIds ids of the sentences the quote touches, in order
 */
public record Quote(
    String id,
    String text,
    int start,
    int end,
    String speaker,
    String speakerKey,
    String cue,
    QuoteKind kind,
    boolean inferred,
    List<String> sentenceIds) {
  public Quote {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    sentenceIds = List.copyOf(sentenceIds);
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad offsets [" + start + ", " + end + ")");
    }
  }

  /** Returns this quote with the speaker's display name and key replaced. */
  public Quote withSpeaker(String newSpeaker, String newKey) {
    return new Quote(id, text, start, end, newSpeaker, newKey, cue, kind, inferred, sentenceIds);
  }
}
