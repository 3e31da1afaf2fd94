package org.parallax.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.parallax.compare.Comparer;
import org.parallax.compare.Comparison;
import org.parallax.ingest.Ingestor;
import org.parallax.text.Sentence;

/** Renders the real sample pair through whatever pipeline is present and checks the reports hold. */
class SamplePairTest {
  private static final Path DIR = Paths.get("samples", "lavrov-north-korea");

  @Test
  void samplePairRendersIntoValidReports() throws Exception {
    Path a = DIR.resolve("aggregator.txt");
    Path b = DIR.resolve("globalresearch-rt.md");
    Assumptions.assumeTrue(Files.exists(a) && Files.exists(b), "sample pair not present");
    Ingestor ingestor = new Ingestor();
    Comparison c = new Comparer().compare(ingestor.read(a.toString()), ingestor.read(b.toString()));

    String json = new JsonReport().render(c);
    var errors =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(JsonReport.schema())
            .validate(new ObjectMapper().readTree(json));
    assertTrue(errors.isEmpty(), errors::toString);
    assertEquals(json, new JsonReport().render(c));

    var doc = Jsoup.parse(new HtmlReport().render(c));
    for (var article : java.util.List.of(c.a(), c.b())) {
      for (Sentence s : article.sentences()) {
        assertNotNull(doc.getElementById(s.id()), s.id());
      }
    }
    assertEquals(1, doc.select("script").size());

    String md = new MarkdownReport().full().render(c);
    assertTrue(md.length() < MarkdownReport.MAX_CHARS);
    assertTrue(md.startsWith("## Parallax: "));
    String brief = new MarkdownReport().render(c);
    assertTrue(brief.length() <= MarkdownReport.SHORT_MAX_CHARS, "length " + brief.length());
    assertTrue(brief.contains("### Key differences"));
  }
}
