package org.parallax.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.align.Alignment;
import org.parallax.align.AlignmentKind;
import org.parallax.compare.Comparison;
import org.parallax.compare.Summary;
import org.parallax.facts.Conflict;

/** Checks that every report shows conflicts: JSON per the schema, HTML and Markdown first among facts. */
class ConflictReportTest {
  /** The council fixture with one conflict on its first passage that is not identical; text that needs escaping. */
  static Comparison withConflict() {
    Comparison c = Fixtures.council();
    Alignment al = c.alignment().alignments().stream().filter(x -> x.kind() != AlignmentKind.IDENTICAL)
        .findFirst().orElseThrow();
    Conflict x = new Conflict(Conflict.Kind.TALLY, "vote <count> & \"tally\"", new Conflict.Side("7 to 2", al.a()),
        new Conflict.Side("7-2 <b>", al.b()), "A gives 7 to 2, B <i>7-2</i>.");
    Summary s = c.summary();
    Summary withCount = new Summary(s.relatedness(), s.verdict(), s.voices(), s.sharedSentencesA(),
        s.sharedSentencesB(), s.onlyA(), s.onlyB(), s.sharedShareA(), s.sharedShareB(), s.quotesMatched(),
        s.quotesVariant(), s.quotesOnlyA(), s.quotesOnlyB(), s.factsShared(), s.factsOnlyA(), s.factsOnlyB(),
        s.framingFlags(), 1);
    return new Comparison(c.a(), c.b(), c.alignment(), c.quotes(), c.facts(), c.framing(), withCount, List.of(x));
  }

  @Test
  void jsonCarriesConflictsAndSatisfiesTheSchema() throws Exception {
    JsonNode root = new ObjectMapper().readTree(new JsonReport().render(withConflict()));
    assertTrue(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JsonReport.schema())
        .validate(root).isEmpty());
    JsonNode x = root.get("conflicts").get(0);
    assertEquals("tally", x.get("kind").asText());
    assertEquals("vote <count> & \"tally\"", x.get("about").asText());
    assertEquals("7 to 2", x.get("a").get("value").asText());
    assertEquals("7-2 <b>", x.get("b").get("value").asText());
    assertTrue(x.get("a").get("sentenceIds").size() > 0);
    assertEquals(1, root.get("summary").get("conflicts").asInt());
    assertEquals(0, new ObjectMapper().readTree(new JsonReport().render(Fixtures.council())).get("conflicts").size());
  }

  @Test
  void htmlShowsConflictsFirstAmongFactsAndMarksThePassage() {
    String html = new HtmlReport().render(withConflict());
    int facts = html.indexOf("<section id=\"facts\"");
    int table = html.indexOf("<table id=\"conflicts\"");
    assertTrue(facts >= 0 && table > facts && table < html.indexOf("<caption>People, places", facts), html);
    assertTrue(html.contains("vote &lt;count&gt; &amp; &quot;tally&quot;") || html.contains("vote &lt;count&gt; &amp; \"tally\""));
    assertFalse(html.contains("<b>") || html.contains("<i>7-2"), "unescaped text");
    assertTrue(html.contains(" data-conflict=\"1\""));
    assertTrue(html.contains("href=\"#conflict-1\""));
    assertTrue(html.contains("<dt>Conflicting values</dt><dd>1</dd>"));
    assertFalse(new HtmlReport().render(Fixtures.council()).contains("data-conflict"));
  }

  @Test
  void markdownListsConflictsFirstAndMarksThePassage() {
    String md = new MarkdownReport().full().render(withConflict());
    assertTrue(md.contains("**Conflicting values:** 1"), md);
    int top = md.indexOf("### Top differences");
    assertTrue(md.indexOf("- **Conflict** (tally)", top) == md.indexOf("- **", top), md);
    assertTrue(md.indexOf("### Conflicting values") < md.indexOf("### Facts"));
    assertTrue(md.contains("· conflict: vote"), md);
  }
}
