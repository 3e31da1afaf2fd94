package org.parallax.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.text.Article;
import org.parallax.text.Sentence;

/**
 * A real-world check on the sample pair (samples/lavrov-north-korea): the RT report and an
 * aggregator's rewrite of Reuters quote Lavrov in two different English translations.
 */
class SeedPairTest {
  private static AlignmentResult result;
  private static Article a;
  private static Article b;

  /** Returns the aggregator body: the lines after the title, without the byline bullet. */
  static Article aggregator() throws IOException {
    List<String> lines =
        Files.readAllLines(Path.of("samples/lavrov-north-korea/aggregator.txt"), StandardCharsets.UTF_8);
    List<String> paragraphs = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String t = line.strip();
      if (!t.isEmpty() && !t.startsWith("\u2022")) {
        paragraphs.add(t);
      }
    }
    return AlignerTest.article("A", paragraphs.toArray(String[]::new));
  }

  /** Returns the RT body from its lead to its last paragraph, Markdown emphasis and links removed. */
  static Article rt() throws IOException {
    String md =
        Files.readString(Path.of("samples/lavrov-north-korea/globalresearch-rt.md"), StandardCharsets.UTF_8);
    int from = md.indexOf("*The US has been consciously provoking");
    int to = md.indexOf("open direct negotiations with Pyongyang.") + "open direct negotiations with Pyongyang.".length();
    String body = md.substring(from, to).replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replace("*", "");
    List<String> paragraphs = new ArrayList<>();
    for (String p : body.split("\\n\\s*\\n")) {
      if (!p.isBlank()) {
        paragraphs.add(p.strip().replaceAll("\\s+", " "));
      }
    }
    return AlignerTest.article("B", paragraphs.toArray(String[]::new));
  }

  @BeforeAll
  static void align() throws IOException {
    a = aggregator();
    b = rt();
    result = new Aligner().align(a, b);
  }

  private static String id(Article article, String start) {
    for (Sentence s : article.sentences()) {
      if (s.text().replace('\u201C', '"').startsWith(start)) {
        return s.id();
      }
    }
    throw new AssertionError("no sentence starts with " + start);
  }

  private static Alignment alignmentOf(String aId) {
    return result.alignments().stream().filter(al -> al.a().contains(aId)).findFirst().orElse(null);
  }

  @Test
  void translatedQuoteAligns() {
    Alignment al = alignmentOf(id(a, "\"It's as if the recent actions"));
    assertNotNull(al, "the translated quote found no counterpart");
    assertTrue(al.b().contains(id(b, "\"The latest US action seemed")), al.toString());
  }

  @Test
  void manufacturedReasonAlignsWithPretext() {
    Alignment al = alignmentOf(id(a, "By Thursday, Russian Foreign Minister"));
    assertNotNull(al, "the accusation found no counterpart");
    assertTrue(al.b().contains(id(b, "Moscow suspects the US wants a pretext")), al.toString());
  }

  @Test
  void septemberSentencesStayApart() {
    String sept = id(a, "Tillerson's remarks echo");
    Alignment al = alignmentOf(sept);
    String hint = id(b, "\"in September the American colleagues");
    assertTrue(al == null || !al.b().contains(hint), String.valueOf(al));
  }

  @Test
  void articlesAreJudgedRelated() {
    assertTrue(result.related(), "relatedness " + result.relatedness());
    assertEquals(a.sentences().size(), result.onlyA().size() + result.alignments().stream().mapToInt(al -> al.a().size()).sum());
  }

  /** Returns the alignments of the sample pair read through the real ingest and segmenter. */
  private static AlignmentResult ingested(Article[] out) throws Exception {
    out[0] =
        new org.parallax.text.Segmenter()
            .segment("A", new org.parallax.ingest.Ingestor().read("samples/lavrov-north-korea/aggregator.txt"));
    out[1] =
        new org.parallax.text.Segmenter()
            .segment("B", new org.parallax.ingest.Ingestor().read("samples/lavrov-north-korea/globalresearch-rt.md"));
    return new Aligner().align(out[0], out[1]);
  }

  @Test
  void ingestedPairKeepsTheQuoteAndAvoidsTheMonthTrapAndTheSpeakerFragment() throws Exception {
    Article[] ab = new Article[2];
    AlignmentResult r = ingested(ab);
    String quoteA = id(ab[0], "\"It's as if the recent actions");
    String quoteB = id(ab[1], "\"The latest US action seemed");
    assertTrue(
        r.alignments().stream().anyMatch(al -> al.a().contains(quoteA) && al.b().contains(quoteB)),
        "translated quote not aligned");
    String oil = id(ab[0], "However, under pressure from the United States");
    String hint = id(ab[1], "\"in September the American colleagues");
    assertTrue(
        r.alignments().stream().noneMatch(al -> al.a().contains(oil) && al.b().contains(hint)),
        "the month alone paired two unrelated sentences");
    String fragment = id(ab[1], "Sergey Lavrov said,");
    assertTrue(
        r.alignments().stream().noneMatch(al -> al.b().equals(List.of(fragment))),
        "the speaker fragment paired on its own");
  }
}
