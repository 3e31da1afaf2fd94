package org.parallax.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.parallax.compare.Comparison;

class JsonReportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchema SCHEMA =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JsonReport.schema());

  private final JsonReport report = new JsonReport();

  private static Set<ValidationMessage> validate(JsonNode node) {
    return SCHEMA.validate(node);
  }

  @Test
  void fixturesSatisfyTheSchema() throws Exception {
    for (Comparison c : List.of(Fixtures.council(), Fixtures.hostile(), Fixtures.huge(40))) {
      JsonNode node = MAPPER.readTree(report.render(c));
      Set<ValidationMessage> errors = validate(node);
      assertTrue(errors.isEmpty(), () -> errors.toString());
    }
  }

  @Test
  void fieldsComeInTheContractOrder() throws Exception {
    JsonNode root = MAPPER.readTree(report.render(Fixtures.council()));
    assertEquals(
        List.of("schemaVersion", "articles", "alignments", "onlyA", "onlyB", "quoteMatches", "facts",
            "conflicts", "framing", "summary"),
        names(root));
    assertEquals(
        List.of("label", "source", "format", "title", "byline", "publisher", "published",
            "sentences", "quotes", "removed", "warnings", "diagnostics"),
        names(root.get("articles").get(0)));
    assertEquals(
        List.of("relatedness", "verdict", "voices", "sharedSentencesA", "sharedSentencesB", "onlyA",
            "onlyB", "sharedShareA", "sharedShareB", "quotesMatched", "quotesVariant", "quotesOnlyA",
            "quotesOnlyB", "factsShared", "factsOnlyA", "factsOnlyB", "framingFlags", "conflicts",
            "voiceBalance"),
        names(root.get("summary")));
    assertEquals(List.of("A", "B"), names(root.get("summary").get("voices")));
  }

  @Test
  void writesTheComparisonFaithfully() throws Exception {
    JsonNode root = MAPPER.readTree(report.render(Fixtures.council()));
    JsonNode a = root.get("articles").get(0);
    JsonNode b = root.get("articles").get(1);
    assertEquals("A", a.get("label").asText());
    assertEquals("html", a.get("format").asText());
    assertEquals("md", b.get("format").asText());
    assertEquals("2024-02-12", a.get("published").asText());
    assertTrue(b.get("published").isNull());
    assertTrue(b.get("byline").isNull());
    assertEquals("A-s2", a.get("sentences").get(2).get("id").asText());
    assertEquals(1, a.get("sentences").get(2).get("paragraph").asInt());
    assertEquals("term", a.get("quotes").get(1).get("kind").asText());
    assertEquals("partial", b.get("quotes").get(1).get("kind").asText());
    assertEquals("share-widget", b.get("removed").get(0).get("reason").asText());
    assertEquals("no byline found", b.get("warnings").get(0).asText());
    assertEquals(1, b.get("diagnostics").size());
    assertEquals("near-identical", root.get("alignments").get(2).get("kind").asText());
    assertEquals("delete", root.get("alignments").get(2).get("diff").get(0).get("op").asText());
    assertEquals("variant", root.get("quoteMatches").get(0).get("kind").asText());
    assertEquals("[\"A-s3\"]", root.get("onlyA").toString());
    assertEquals("organization", root.get("facts").get(1).get("kind").asText());
    assertEquals("[\"A\",\"B\"]", root.get("facts").get(0).get("in").toString());
    assertEquals("attribution-verb", root.get("framing").get(0).get("kind").asText());
    assertTrue(root.get("framing").get(0).get("article").isNull());
    assertEquals("voice-share", root.get("framing").get(3).get("kind").asText());
    assertEquals(2, root.get("summary").get("voices").get("B").size());
  }

  @Test
  void roundsScoresHalfUpToThreeDecimals() {
    String json = report.render(Fixtures.council());
    assertTrue(json.contains("\"score\": 0.612,"), json);
    assertTrue(json.contains("\"score\": 0.812,"), json); // 0.8115 rounds up
    assertTrue(json.contains("\"score\": 0.417,"), json);
    assertTrue(json.contains("\"relatedness\": 0.873,"), json);
    assertEquals("0.000", JsonReport.score(Double.NaN).toPlainString());
  }

  @Test
  void printsTwoSpaceIndentsAndATrailingNewline() {
    String json = report.render(Fixtures.council());
    assertTrue(json.startsWith("{\n  \"schemaVersion\": \"1.1\",\n  \"articles\": [\n    {\n"), json);
    assertTrue(json.endsWith("}\n"));
    assertFalse(json.contains("\r"));
    assertTrue(json.contains("\"warnings\": [],"), json);
  }

  @Test
  void rendersTheSameBytesTwice() {
    assertEquals(report.render(Fixtures.council()), new JsonReport().render(Fixtures.council()));
    assertEquals(report.render(Fixtures.hostile()), report.render(Fixtures.hostile()));
  }

  @Test
  void roundTripsThroughAParser() throws Exception {
    Comparison c = Fixtures.hostile();
    String json = report.render(c);
    ObjectMapper exact =
        new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    assertEquals(JsonReport.tree(c), exact.readTree(json));
    assertEquals(
        c.a().sentences().get(0).text(),
        MAPPER.readTree(json).get("articles").get(0).get("sentences").get(0).get("text").asText());
  }

  @Test
  void schemaRejectsBrokenDocuments() throws Exception {
    ObjectNode good = (ObjectNode) MAPPER.readTree(report.render(Fixtures.council()));
    assertTrue(validate(good).isEmpty());
    List<Consumer<ObjectNode>> breakers = new ArrayList<>();
    breakers.add(r -> ((ObjectNode) r.get("alignments").get(0)).put("kind", "bogus"));
    breakers.add(r -> r.remove("schemaVersion"));
    breakers.add(r -> ((ArrayNode) r.get("articles")).add(r.get("articles").get(0).deepCopy()));
    breakers.add(r -> ((ArrayNode) r.get("articles")).remove(1));
    breakers.add(r -> ((ObjectNode) r.get("quoteMatches").get(0)).put("score", 1.5));
    breakers.add(r -> ((ObjectNode) r.get("summary")).put("verdict", "maybe"));
    breakers.add(r -> ((ObjectNode) r.get("framing").get(0)).put("extra", 1));
    breakers.add(r -> ((ObjectNode) r.get("articles").get(0)).put("published", "12 Feb 2024"));
    breakers.add(r -> ((ObjectNode) r.get("facts").get(0)).putArray("in").add("C"));
    breakers.add(r -> ((ObjectNode) r.get("articles").get(1)).put("label", "A"));
    breakers.add(r -> ((ObjectNode) r.get("summary")).remove("voices"));
    for (int i = 0; i < breakers.size(); i++) {
      ObjectNode broken = good.deepCopy();
      breakers.get(i).accept(broken);
      assertFalse(validate(broken).isEmpty(), "breaker " + i + " was not caught");
    }
  }

  @Test
  void schemaResourceIsDraft202012() throws Exception {
    JsonNode schema = MAPPER.readTree(JsonReport.schema());
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
  }

  private static List<String> names(JsonNode node) {
    List<String> out = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      out.add(it.next());
    }
    return out;
  }
}
