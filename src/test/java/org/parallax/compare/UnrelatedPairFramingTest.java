package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/**
 * Two articles about different events, written for this test, each full of charged words, hedges,
 * quotes and names: the whole pipeline must judge them unrelated and raise no framing flag at all.
 */
class UnrelatedPairFramingTest {
  private static final String A =
      "Senator slams ferry contract as a scandal\n\n"
          + "WASHINGTON \u2014 Senator Maria Ortiz on Tuesday blasted the Transport Department's ferry contract, "
          + "calling the deal a \"disgraceful giveaway\" to a donor's company. "
          + "The department reportedly ignored three cheaper bids, according to documents seen by reporters. "
          + "Ortiz, a fierce critic of the administration, accused officials of a cover-up. "
          + "\"This stinks, and the public deserves answers,\" Ortiz said. "
          + "A department spokesman denied any wrongdoing and said the contract was awarded fairly.\n";
  private static final String B =
      "Drought forces farmers to abandon wheat harvest\n\n"
          + "Farmers across the southern plains are abandoning their wheat fields after the driest spring in "
          + "forty years, and prices for flour have apparently begun to climb. "
          + "\"We have never seen it this bad,\" said grower Tom Becker, whose family has farmed near Dodge City "
          + "since 1921. "
          + "Agronomists warn the devastating losses could ripple through feedlots and bakeries by autumn. "
          + "The state's agriculture office said emergency loans would open next week.\n";

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void unrelatedArticlesGetNoFramingFlags(boolean semantic) throws Exception {
    Ingestor ingestor = new Ingestor();
    Document a = ingestor.parse("a.txt", A.getBytes(StandardCharsets.UTF_8), Format.TXT);
    Document b = ingestor.parse("b.txt", B.getBytes(StandardCharsets.UTF_8), Format.TXT);
    Comparer comparer =
        new Comparer(new Segmenter(), new Aligner(semantic), new QuoteAnalyzer(), new FactFinder(), new FramingAnalyzer());
    Comparison c = comparer.compareTimed(a, b).comparison();
    assertEquals("unrelated", c.summary().verdict(), "relatedness " + c.summary().relatedness());
    assertEquals(java.util.List.of(), c.framing());
    assertEquals(0, c.summary().framingFlags());
    // the same article against itself rewritten still gets flags, so the test is not empty by construction
    Document a2 = ingestor.parse("a2.txt", A.replace("blasted", "criticized").getBytes(StandardCharsets.UTF_8), Format.TXT);
    Comparison same = comparer.compareTimed(a, a2).comparison();
    assertTrue(same.alignment().related());
    assertFalse(same.framing().isEmpty(), "a rewrite of the same story should show its framing differences");
  }

  /** An article against itself: every passage is the same, so nothing frames it differently. */
  @ParameterizedTest
  @ValueSource(strings = {"samples/lavrov-north-korea/aggregator.txt", "samples/lavrov-north-korea/globalresearch-rt.md"})
  void anArticleAgainstItselfGetsNoFramingFlags(String path) throws Exception {
    Ingestor ingestor = new Ingestor();
    byte[] bytes = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(path));
    Format format = path.endsWith(".md") ? Format.MARKDOWN : Format.TXT;
    Document a = ingestor.parse(path, bytes, format);
    Document b = ingestor.parse("copy-of-" + path, bytes, format);
    Comparer comparer =
        new Comparer(new Segmenter(), new Aligner(false), new QuoteAnalyzer(), new FactFinder(), new FramingAnalyzer());
    Comparison c = comparer.compareTimed(a, b).comparison();
    assertEquals(java.util.List.of(), c.framing().stream().map(f -> f.kind() + ": " + f.note()).toList());
  }
}
