package org.parallax.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * An input split into blocks, with what the format reader already knew or removed.
 *
 * <p>Metadata fields come from markup (HTML meta tags) and may be null.
 */
record Parsed(
    List<Block> blocks,
    List<Removal> removed,
    List<String> warnings,
    String title,
    String byline,
    String publisher,
    LocalDate published) {
  Parsed {
    blocks = List.copyOf(blocks);
    removed = List.copyOf(removed);
    warnings = List.copyOf(warnings);
  }

  static Parsed of(List<Block> blocks, List<Removal> removed) {
    return new Parsed(blocks, removed, List.of(), null, null, null, null);
  }
}
