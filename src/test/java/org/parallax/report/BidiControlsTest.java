package org.parallax.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.parallax.align.Aligner;
import org.parallax.compare.Comparer;
import org.parallax.compare.Comparison;
import org.parallax.facts.FactFinder;
import org.parallax.framing.FramingAnalyzer;
import org.parallax.ingest.Format;
import org.parallax.ingest.Ingestor;
import org.parallax.quotes.QuoteAnalyzer;
import org.parallax.text.Segmenter;

/** Directional overrides and control characters from articles cannot reorder or garble a report. */
class BidiControlsTest {
  private static final String A = "Council approves \u202Enew bridge\n\n"
      + "The city council voted 7 to 2 on Monday to build a new bridge. \"This bridge will \u202Econnect"
      + " our neighbourhoods,\" said Mayor Ana Ruiz. It will cost $40 million\u2067 and\u0085 start in March.\n";
  private static final String B = "Bridge plan passes\n\n"
      + "Councillors on Monday approved a $40 million bridge. Mayor Ana Ruiz said the bridge \"will"
      + " \u202Dconnect our \u2066neighbourhoods\". Two councillors voted against the plan\u202C.\n";

  private static Comparison comparison() throws Exception {
    Ingestor ingestor = new Ingestor();
    return new Comparer(new Segmenter(), new Aligner(false), new QuoteAnalyzer(), new FactFinder(), new FramingAnalyzer())
        .compare(ingestor.parse("a\u202E.txt", A.getBytes(StandardCharsets.UTF_8), Format.TXT),
            ingestor.parse("b.txt", B.getBytes(StandardCharsets.UTF_8), Format.TXT));
  }

  private static void assertNoControls(String report) {
    for (int i = 0; i < report.length(); i++) {
      char c = report.charAt(i);
      assertFalse(Html.directional(c), "directional control U+" + Integer.toHexString(c) + " at " + i);
      assertFalse(c >= 0x7F && c <= 0x9F, "C1 control U+" + Integer.toHexString(c) + " at " + i);
    }
  }

  @Test
  void htmlAndMarkdownCarryNoDirectionalOverrides() throws Exception {
    Comparison c = comparison();
    assertTrue(c.a().body().contains("\u202Econnect"), "the article keeps its text; only reports drop it");
    String html = new HtmlReport().render(c);
    String md = new MarkdownReport().full().render(c);
    assertNoControls(html);
    assertNoControls(md);
    assertTrue(html.contains("new bridge"), "the text around the control stays");
    assertTrue(md.contains("connect our neighbourhoods"), md);
  }

  @Test
  void escapersDropOverridesAndReplaceControls() {
    assertEquals("abc def", Html.esc("a\u202Ebc\u2066 def\u2069\u202C"));
    assertEquals("x\uFFFDy\u200Fz", Html.esc("x\u0085y\u200Fz"));
    assertEquals("abc def", MarkdownReport.escape("a\u202Ebc\u2066 def\u2069\u202C"));
    assertEquals("x\uFFFDy", MarkdownReport.escape("x\u009By"));
  }
}
