package org.parallax.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An article as ingest made it: metadata, the body text and what was removed.
 *
 * <p>The body holds the article's paragraphs in reading order, joined by one blank line
 * ({@code "\n\n"}); no paragraph contains a blank line. Offsets of later stages point into it.
 * Title, byline, publisher and published may be null when the input does not give them.
 */
public record Document(
    String source,
    Format format,
    String title,
    String byline,
    String publisher,
    LocalDate published,
    String body,
    List<Removal> removed,
    List<String> warnings) {
  public Document {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(body, "body");
    removed = List.copyOf(removed);
    warnings = List.copyOf(warnings);
  }
}
