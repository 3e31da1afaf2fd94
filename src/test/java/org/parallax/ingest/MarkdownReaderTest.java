package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Markdown markup leaves the text; paragraphs are joined lines separated by blank lines. */
class MarkdownReaderTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = " => ", textBlock = """
      The [council](https://example.org/c) voted. => The council voted.
      A *quiet* and **firm** and _plain_ and __bold__ reply. => A quiet and firm and plain and bold reply.
      A ***very*** odd ~~old~~ claim. => A very odd old claim.
      Use `grep` on snake_case_names and 2*3*4. => Use grep on snake_case_names and 2*3*4.
      Prices rose 5\\% \\*not\\* 6\\%. => Prices rose 5% *not* 6%.
      He said “*an adventure*,” twice. => He said “an adventure,” twice.
      See [the report][1] today. => See the report today.
      Mail <mailto:desk@example.org> now. => Mail mailto:desk@example.org now.
      Line with a break<br> and a <span class=x>span</span>. => Line with a break and a span.
      Trailing hard break   => Trailing hard break
      """)
  void inlineMarkupBecomesText(String markdown, String text) {
    assertEquals(text, MarkdownReader.inline(markdown, new ArrayList<>()).text());
  }

  @Test
  void imagesLeaveTheTextAndAreRecorded() {
    List<Removal> removed = new ArrayList<>();
    Line line = MarkdownReader.inline("Before ![A flooded street](img/flood.jpg) after.", removed);
    assertEquals("Before after.", line.text());
    assertEquals(List.of(new Removal("A flooded street", "image")), removed);
  }

  @Test
  void linkOnlyLinesAreMarked() {
    assertTrue(MarkdownReader.inline("[Home](/) | [World](/w) · [Sport](/s)", new ArrayList<>()).linkOnly());
    assertTrue(MarkdownReader.inline("https://example.org/story", new ArrayList<>()).linkOnly());
    assertFalse(MarkdownReader.inline("Read the [report](/r) today.", new ArrayList<>()).linkOnly());
  }

  @Test
  void blocksFromHeadingsRulesListsAndQuotes() {
    String md = "Title Line\n==========\n\nFirst line\nsecond line.  \n# Heading #\n\n- one\n- two\n\n"
        + "> quoted\n> text\n\n---\n";
    List<Block> blocks = MarkdownReader.read(md).blocks();
    assertEquals(List.of("Title Line", "First line second line.", "Heading", "one", "two", "quoted text", "---"),
        blocks.stream().map(Block::text).toList());
    assertEquals(List.of(Block.Kind.HEADING, Block.Kind.PARAGRAPH, Block.Kind.HEADING, Block.Kind.PARAGRAPH,
        Block.Kind.PARAGRAPH, Block.Kind.PARAGRAPH, Block.Kind.RULE), blocks.stream().map(Block::kind).toList());
  }

  @Test
  void bodyParagraphsAreSeparatedByOneBlankLine() throws Exception {
    String md = "# Storm Closes Port\n\n\n\nFirst *line*\nof one paragraph.\n\n\n\nSecond paragraph.  \n"
        + "Still second.\n";
    Document d = TestTexts.parse(md, Format.MARKDOWN);
    assertEquals("First line of one paragraph.\n\nSecond paragraph. Still second.", d.body());
    for (String p : d.body().split("\n\n")) {
      assertFalse(p.isBlank() || p.contains("\n"), p);
    }
  }

  @Test
  void midSentenceBreakIsRepairedWithAWarning() throws Exception {
    String md = "The envoy said the next round may not\n\ncome until spring, officials said.\n\nA new paragraph.\n";
    Document d = TestTexts.parse(md, Format.MARKDOWN);
    assertEquals("The envoy said the next round may not come until spring, officials said.\n\nA new paragraph.",
        d.body());
    assertEquals(List.of("joined a paragraph broken mid-sentence: \"…said the next round may not\" + "
        + "\"come until spring, officials…\""), d.warnings());
  }

  @Test
  void breaksAfterTerminalPunctuationOrBeforeCapitalsStay() throws Exception {
    String md = "He spoke first:\n\nthen the others spoke.\n\nShe said “yes”\n\nand left.\n\nNo ending here\n\n"
        + "Capital start.\n";
    Document d = TestTexts.parse(md, Format.MARKDOWN);
    assertEquals(6, d.body().split("\n\n").length, d.body());
    assertEquals(List.of(), d.warnings());
  }
}
