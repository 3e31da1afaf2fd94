package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Formats come from names and media types, and content sniffing overrides a lying extension. */
class FormatSnifferTest {
  @TempDir Path dir;

  @Test
  void extensions() {
    assertEquals(Format.TXT, FormatSniffer.fromFileName("a/b/story.TXT"));
    assertEquals(Format.MARKDOWN, FormatSniffer.fromFileName("story.md"));
    assertEquals(Format.MARKDOWN, FormatSniffer.fromFileName("story.markdown"));
    assertEquals(Format.HTML, FormatSniffer.fromFileName("story.htm"));
    assertEquals(Format.HTML, FormatSniffer.fromFileName("C:\\x\\story.html"));
    assertNull(FormatSniffer.fromFileName("story"));
    assertNull(FormatSniffer.fromFileName("dir.md/story"));
  }

  @Test
  void mediaTypes() {
    assertEquals(Format.HTML, FormatSniffer.fromMediaType("text/html; charset=UTF-8"));
    assertEquals(Format.MARKDOWN, FormatSniffer.fromMediaType("text/markdown"));
    assertEquals(Format.TXT, FormatSniffer.fromMediaType("TEXT/PLAIN"));
    assertNull(FormatSniffer.fromMediaType("application/octet-stream"));
    assertNull(FormatSniffer.fromMediaType(null));
  }

  @Test
  void sniffing() {
    assertEquals(Format.HTML, FormatSniffer.sniff("  <!DOCTYPE html><title>x</title>"));
    assertEquals(Format.HTML, FormatSniffer.sniff("<html><body><p>Hello.</p></body></html>"));
    assertEquals(Format.HTML, FormatSniffer.sniff("<div><p>One.</p><p>Two.</p></div>"));
    assertEquals(Format.MARKDOWN, FormatSniffer.sniff("## Heading\n\nText."));
    assertEquals(Format.MARKDOWN, FormatSniffer.sniff("Text with a [link](http://x.org)."));
    assertEquals(Format.MARKDOWN, FormatSniffer.sniff("Some *stress* and more *stress* here."));
    assertEquals(Format.TXT, FormatSniffer.sniff("Plain text, 2*3 = 6, a - b, and <3 hearts.\n\n• Jane Doe"));
    assertEquals(Format.TXT, FormatSniffer.sniff("One *odd* star."));
  }

  @Test
  void txtThatIsReallyMarkdownIsReadAsMarkdown() throws Exception {
    Path f = dir.resolve("story.txt");
    Files.writeString(f, "## Storm Closes Port\n\nThe [port](https://example.org) closed on *Monday*.\n",
        StandardCharsets.UTF_8);
    Document d = new Ingestor().read(f.toString());
    assertEquals(Format.MARKDOWN, d.format());
    assertEquals("Storm Closes Port", d.title());
    assertEquals("The port closed on Monday.", d.body());
    assertTrue(d.warnings().contains("read as Markdown: the content looks like Markdown, not plain text"));
  }

  @Test
  void mdThatIsReallyHtmlIsReadAsHtml() throws Exception {
    Path f = dir.resolve("story.md");
    Files.writeString(f, "<html><body><p>The port closed on Monday.</p></body></html>", StandardCharsets.UTF_8);
    Document d = new Ingestor().read(f.toString());
    assertEquals(Format.HTML, d.format());
    assertEquals("The port closed on Monday.", d.body());
  }

  @Test
  void noExtensionIsSniffed() throws Exception {
    Path f = dir.resolve("story");
    Files.writeString(f, "# Storm Closes Port\n\nThe port closed.\n", StandardCharsets.UTF_8);
    assertEquals(Format.MARKDOWN, new Ingestor().read(f.toString()).format());
  }

  @Test
  void stdinIsSniffed() throws Exception {
    byte[] bytes = "<html><body><article><p>The port closed on Monday.</p></article></body></html>"
        .getBytes(StandardCharsets.UTF_8);
    Ingestor in = new Ingestor(IngestOptions.defaults(), new java.io.ByteArrayInputStream(bytes));
    Document d = in.read("-");
    assertEquals("-", d.source());
    assertEquals(Format.HTML, d.format());
    assertEquals("The port closed on Monday.", d.body());
  }
}
