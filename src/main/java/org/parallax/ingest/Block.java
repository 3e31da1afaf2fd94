package org.parallax.ingest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A paragraph-like unit of the input: a paragraph, heading, list item or rule.
 *
 * @param lines the block's lines without markup, never empty
 * @param kind what the block is
 */
record Block(List<Line> lines, Kind kind) {
  /** What a block is. */
  enum Kind {
    PARAGRAPH,
    HEADING,
    RULE
  }

  Block {
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a block has at least one line");
    }
  }

  /** Returns the lines joined by single spaces. */
  String text() {
    return lines.stream().map(l -> l.text().strip()).filter(s -> !s.isEmpty())
        .collect(Collectors.joining(" "));
  }

  boolean heading() {
    return kind == Kind.HEADING;
  }

  boolean linkOnly() {
    return lines.stream().allMatch(Line::linkOnly);
  }
}
