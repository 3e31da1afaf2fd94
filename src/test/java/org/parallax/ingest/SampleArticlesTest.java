package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real-world checks on the sample pair in samples/lavrov-north-korea. */
class SampleArticlesTest {
  private static final Path DIR = Path.of("samples", "lavrov-north-korea");

  @Test
  void aggregatorPlainTextWithTrailingBulletByline() throws Exception {
    Path file = DIR.resolve("aggregator.txt");
    Document d = new Ingestor().read(file.toString());
    assertEquals(Format.TXT, d.format());
    assertEquals("Russian Federation condemns North Korean latest missile launch", d.title());
    assertEquals("Tracy Klein", d.byline());
    assertNull(d.publisher());
    assertNull(d.published());
    assertTrue(d.body().startsWith("By Thursday, Russian Foreign Minister Sergei Lavrov"), d.body());
    assertTrue(d.body().endsWith("\"We have never sought war with North Korea\", she said."), d.body());
    assertFalse(d.body().contains("Tracy Klein"));
    assertTrue(TestTexts.removedAs(d, "• Tracy Klein", "byline"), d.removed().toString());
    assertTrue(TestTexts.removedAs(d, d.title(), "title"));
    assertEquals(11, d.body().split("\n\n").length);
    assertEquals(List.of(), d.warnings());
  }

  @Test
  void globalResearchMarkdownRepost() throws Exception {
    Document d = new Ingestor().read(DIR.resolve("globalresearch-rt.md").toString());
    assertEquals(Format.MARKDOWN, d.format());
    assertEquals("US Should Come Clean if It's Looking for Pretext to Destroy North Korea - Russian FM Lavrov",
        d.title());
    assertEquals("RT News", d.byline());
    assertEquals("Global Research", d.publisher());
    assertEquals(LocalDate.of(2017, 11, 30), d.published());
    assertTrue(d.body().startsWith("The US has been consciously provoking North Korea"), d.body());
    assertTrue(d.body().endsWith("open direct negotiations with Pyongyang."), d.body());
    for (String boilerplate : List.of("Region:", "Theme:", "In-depth Report", "Featured image",
        "original source", "Copyright", "Facebook", "Become a Member", "Articles by", "Disclaimer",
        "media inquiries", "RT World News", "](", "*")) {
      assertFalse(d.body().contains(boilerplate), boilerplate);
    }
    // The stray blank line inside a quotation is repaired, with a warning.
    assertTrue(d.body().contains("may not come until spring [2018]"), d.body());
    assertTrue(d.warnings().stream().anyMatch(w -> w.startsWith("joined a paragraph broken mid-sentence")));
    // Emphasis is removed, curly quotes are kept.
    assertTrue(d.body().contains("the missile test “an adventure,” but"));
    List<String> reasons = d.removed().stream().map(Removal::reason).toList();
    assertEquals(List.of("title", "byline", "dateline", "site section", "region/theme tags",
        "region/theme tags", "region/theme tags", "image credit", "source note", "copyright", "rule",
        "social call", "membership call", "author list", "disclaimer", "contact line"), reasons);
    assertTrue(TestTexts.removedAs(d, "RT World News", "site section"));
    assertTrue(TestTexts.removedAs(d, "Theme: Media Disinformation, Militarization and WMD, US NATO War Agenda",
        "region/theme tags"));
  }

  @Test
  void samplesAreUnchangedOnDisk() throws Exception {
    // Guards the real-world checks above against edits to the fixtures.
    assertTrue(Files.readString(DIR.resolve("aggregator.txt")).endsWith("• Tracy Klein"));
    assertTrue(Files.readString(DIR.resolve("globalresearch-rt.md")).contains("may not\n\ncome until spring"));
  }
}
