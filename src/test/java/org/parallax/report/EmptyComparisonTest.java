package org.parallax.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.parallax.compare.Comparison;

/** Checks that all three reports cope with two empty articles and nothing found. */
class EmptyComparisonTest {
  private final Comparison empty = Fixtures.empty();

  @Test
  void jsonIsValidWithNullsAndNoFindings() throws Exception {
    String json = new JsonReport().render(empty);
    JsonNode node = new ObjectMapper().readTree(json);
    var errors =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(JsonReport.schema())
            .validate(node);
    assertTrue(errors.isEmpty(), errors::toString);
    assertTrue(node.get("articles").get(0).get("title").isNull());
    assertTrue(json.contains("\"relatedness\": 0.000,"), json);
    assertEquals(0, node.get("summary").get("voices").get("A").size());
  }

  @Test
  void htmlSaysThereIsNothingToShow() {
    var doc = Jsoup.parse(new HtmlReport().render(empty));
    assertTrue(doc.getElementById("alignments").text().contains("No sentences were aligned."));
    assertTrue(doc.getElementById("quotes").text().contains("No quotes found."));
    assertTrue(doc.getElementById("facts").text().contains("No facts found."));
    assertTrue(doc.getElementById("framing").text().contains("No framing flags."));
    assertTrue(doc.selectFirst(".rows").text().contains("No sentences."));
    assertTrue(doc.selectFirst("header").text().contains("(untitled)"));
  }

  @Test
  void markdownSaysNoneForEveryTable() {
    String md = new MarkdownReport().full().render(empty);
    assertTrue(md.contains("**Verdict: unrelated** (relatedness 0.000)"), md);
    assertEquals(6, md.split("None\\.", -1).length - 1, md);
    String brief = new MarkdownReport().render(empty);
    assertTrue(brief.contains("No conflicts, quote variants, notable omissions or framing contrasts found."), brief);
  }

  @Test
  void nullComparisonFailsFastWithItsName() {
    var e = assertThrows(NullPointerException.class, () -> new JsonReport().render(null));
    assertEquals("comparison", e.getMessage());
    assertThrows(NullPointerException.class, () -> new HtmlReport().render(null));
    assertThrows(NullPointerException.class, () -> new MarkdownReport().render(null));
  }
}
