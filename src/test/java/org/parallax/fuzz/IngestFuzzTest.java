package org.parallax.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.parallax.ingest.Document;
import org.parallax.ingest.Format;
import org.parallax.ingest.IngestException;
import org.parallax.ingest.Ingestor;

/** Feeds random bytes, claimed as each format, to ingest: it returns a document or an IngestException, nothing else. */
class IngestFuzzTest {
  private static final Format[] CLAIMS = {null, Format.TXT, Format.MARKDOWN, Format.HTML};
  private static final Ingestor INGESTOR = new Ingestor();

  @FuzzTest(maxDuration = "30s")
  void parse(FuzzedDataProvider data) {
    Format claim = CLAIMS[data.consumeInt(0, CLAIMS.length - 1)];
    byte[] bytes = data.consumeRemainingAsBytes();
    Document doc;
    try {
      doc = INGESTOR.parse("fuzz", bytes, claim);
    } catch (IngestException e) {
      assertNotNull(e.getMessage());
      assertFalse(e.getMessage().isBlank());
      return;
    }
    assertNotNull(doc.body());
    assertFalse(doc.body().isBlank(), "a parsed document has body text");
  }
}
