package org.parallax.ingest;

import java.nio.charset.StandardCharsets;

/** Helpers shared by the ingest tests. */
final class TestTexts {
  private TestTexts() {}

  static Document parse(String text, Format format) throws IngestException {
    return new Ingestor().parse("test", text.getBytes(StandardCharsets.UTF_8), format);
  }

  static boolean removedAs(Document d, String text, String reason) {
    return d.removed().stream().anyMatch(r -> r.text().equals(text) && r.reason().equals(reason));
  }
}
