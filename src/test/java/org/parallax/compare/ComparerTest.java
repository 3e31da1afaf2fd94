package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.align.Aligner;
import org.parallax.facts.FactFinder;
import org.parallax.framing.FramingAnalyzer;
import org.parallax.ingest.Document;
import org.parallax.ingest.Format;
import org.parallax.ingest.Ingestor;
import org.parallax.quotes.QuoteAnalyzer;
import org.parallax.text.Segmenter;

/** Checks that aligning on a second thread, overlapped with quotes and facts, changes nothing in the result. */
class ComparerTest {
  private static final String A =
      "City council approves new bridge\n\n"
          + "The city council voted 7 to 2 on Monday to build a new bridge over the Elm River. "
          + "\"This bridge will connect our neighbourhoods,\" said Mayor Ana Ruiz. "
          + "Construction is expected to cost $40 million and start in March. "
          + "Opponents said the money should go to schools instead.\n";
  private static final String B =
      "Bridge plan passes despite protests\n\n"
          + "Despite protests, councillors on Monday approved a $40 million bridge across the Elm River. "
          + "Mayor Ana Ruiz said the bridge \"will connect our neighbourhoods\". "
          + "Two councillors voted against the plan. "
          + "Parents at the meeting asked why the schools get nothing.\n";

  private static Comparer comparer(boolean semantic) {
    return new Comparer(new Segmenter(), new Aligner(semantic), new QuoteAnalyzer(), new FactFinder(), new FramingAnalyzer());
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void overlappingGivesTheSameComparison(boolean semantic) throws Exception {
    Ingestor ingestor = new Ingestor();
    Document a = ingestor.parse("a.txt", A.getBytes(StandardCharsets.UTF_8), Format.TXT);
    Document b = ingestor.parse("b.txt", B.getBytes(StandardCharsets.UTF_8), Format.TXT);
    Comparer.Timed sequential = comparer(semantic).compareTimed(a, b);
    Comparer.Timed overlapped = comparer(semantic).overlapping().compareTimed(a, b);
    assertEquals(sequential.comparison(), overlapped.comparison());
    assertTrue(overlapped.comparison().alignment().alignments().size() >= 2, "the articles share sentences");
    assertTrue(overlapped.times().total() > 0);
  }
}
