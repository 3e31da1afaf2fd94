package org.parallax.text;

import java.util.Objects;

/**
 * One sentence of an article body.
 *
 * @param id the report-wide id, such as {@code A-s3}
 * @param index 0-based position in the article
 * @param paragraph 0-based paragraph number
 * @param start offset of the first character in the body
 * @param end offset after the last character in the body
 * @param text the original text, exactly as in the body
 * @param normalized the text as {@link TextNormalizer} makes it for matching
 * @param continues the id of the sentence before this one when this one continues a quotation that
 *     one opened (a quotation of several sentences is split into its sentences), or null
 */
public record Sentence(
    String id, int index, int paragraph, int start, int end, String text, String normalized, String continues) {
  /** Creates a sentence that continues no quotation. */
  public Sentence(String id, int index, int paragraph, int start, int end, String text, String normalized) {
    this(id, index, paragraph, start, end, text, normalized, null);
  }

  public Sentence {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(normalized, "normalized");
    if (start < 0 || end < start || end - start != text.length()) {
      throw new IllegalArgumentException("offsets [" + start + ", " + end + ") do not fit text");
    }
  }
}
