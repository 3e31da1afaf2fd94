package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every input that cannot be compared fails with one line naming the source and the problem. */
class IngestErrorsTest {
  @TempDir Path dir;

  private static String message(Ingestor ingestor, String source) {
    IngestException e = assertThrows(IngestException.class, () -> ingestor.read(source));
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    return e.getMessage();
  }

  private static String parseMessage(byte[] bytes, Format format) {
    IngestException e = assertThrows(IngestException.class,
        () -> new Ingestor().parse("in.txt", bytes, format));
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    return e.getMessage();
  }

  @Test
  void missingPath() {
    String p = dir.resolve("nope.txt").toString();
    assertEquals(p + ": no such file", message(new Ingestor(), p));
  }

  @Test
  void directory() {
    assertEquals(dir + ": is a directory, not a file", message(new Ingestor(), dir.toString()));
  }

  @Test
  void unreadablePath() throws Exception {
    Path f = Files.writeString(dir.resolve("secret.txt"), "Some text here.");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(f), "running as a user who can read anything (root)");
    assertEquals(f + ": cannot read: permission denied", message(new Ingestor(), f.toString()));
  }

  @Test
  void emptyFile() throws Exception {
    Path f = Files.write(dir.resolve("empty.txt"), new byte[0]);
    assertEquals(f + ": empty input (0 bytes)", message(new Ingestor(), f.toString()));
  }

  @Test
  void whitespaceOnly() {
    assertEquals("in.txt: input has only whitespace",
        parseMessage(" \n\t\r\n  \n".getBytes(StandardCharsets.UTF_8), Format.TXT));
  }

  @Test
  void bomOnlyIsEmpty() {
    assertEquals("in.txt: empty input", parseMessage(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, null));
  }

  @Test
  void binaryMagicNumbers() {
    assertEquals("in.txt: binary input (PDF data), not a text article",
        parseMessage("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1), null));
    assertEquals("in.txt: binary input (PNG data), not a text article",
        parseMessage(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, null));
    assertEquals("in.txt: binary input (ZIP data), not a text article",
        parseMessage(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0}, null));
    assertEquals("in.txt: binary input (GIF data), not a text article",
        parseMessage("GIF89a....".getBytes(StandardCharsets.US_ASCII), null));
  }

  @Test
  void nulBytesThatAreNotUtf16() {
    byte[] bytes = "Some words\0\0\0\0 then more words and more".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("in.txt: binary input (4 NUL bytes), not a text article", parseMessage(bytes, null));
  }

  @Test
  void tooLargeFileSaysHowToRaiseTheLimit() throws Exception {
    Path f = Files.writeString(dir.resolve("big.txt"), "word ".repeat(400));
    Ingestor small = new Ingestor(IngestOptions.defaults().withMaxBytes(1024));
    assertEquals(f + ": too large: more than 1 KiB; use --max-size to raise the limit",
        message(small, f.toString()));
  }

  @Test
  void tooLargeStdinAndBytes() {
    byte[] bytes = "A sentence of text.\n".repeat(100).getBytes(StandardCharsets.UTF_8);
    Ingestor small = new Ingestor(new IngestOptions(100, Duration.ofSeconds(1)), new ByteArrayInputStream(bytes));
    assertEquals("-: too large: more than 100 bytes; use --max-size to raise the limit", message(small, "-"));
    IngestException e = assertThrows(IngestException.class, () -> small.parse("x.md", bytes, Format.MARKDOWN));
    assertEquals("x.md: too large: more than 100 bytes; use --max-size to raise the limit", e.getMessage());
  }

  @Test
  void defaultLimitIsTenMebibytes() {
    assertEquals("too large: more than 10 MiB; use --max-size to raise the limit",
        Ingestor.tooLarge(IngestOptions.defaults().maxBytes()));
  }

  @Test
  void htmlWithoutBodyText() {
    String html = "<!DOCTYPE html><html><head><title>Empty page</title>"
        + "<script>var x = 1;</script></head><body>  <img src=a.png> </body></html>";
    assertEquals("in.txt: HTML has no body text",
        parseMessage(html.getBytes(StandardCharsets.UTF_8), Format.HTML));
  }

  @Test
  void nothingLeftAfterCleaning() {
    String md = "# A Headline Here\n\nBy Jane Doe\n\n[Home](/) | [World](/world)\n\nShare this article\n\n"
        + "Copyright © 2024 Example News\n";
    assertEquals("in.txt: no body text left after removing boilerplate (5 pieces removed)",
        parseMessage(md.getBytes(StandardCharsets.UTF_8), Format.MARKDOWN));
  }

  @Test
  void unsupportedUrlScheme() {
    assertEquals("ftp://example.org/a.txt: unsupported URL scheme \"ftp\": use http or https",
        message(new Ingestor(), "ftp://example.org/a.txt"));
    assertEquals("file:///etc/passwd: unsupported URL scheme \"file\": use http or https",
        message(new Ingestor(), "file:///etc/passwd"));
  }

  @Test
  void optionsRejectNonsense() {
    assertThrows(IllegalArgumentException.class, () -> new IngestOptions(0, Duration.ofSeconds(1)));
    assertThrows(IllegalArgumentException.class, () -> new IngestOptions(10, Duration.ZERO));
    assertThrows(NullPointerException.class, () -> new IngestOptions(10, null));
    assertEquals(10L * 1024 * 1024, IngestOptions.defaults().maxBytes());
    assertEquals(Duration.ofSeconds(10), IngestOptions.defaults().timeout());
  }
  @Test
  void oneNulByteInAGoodArticleIsDroppedWithAWarning() throws Exception {
    String text = "Headline Of The Day\n\n" + "The council met on Monday and voted on the plan. ".repeat(40);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    bytes[1000] = 0;
    Document d = new Ingestor().parse("in.txt", bytes, Format.TXT);
    assertEquals(java.util.List.of("dropped 1 control character (NUL)"), d.warnings());
    assertFalse(d.body().contains("\0"));
  }

  @Test
  void controlCharactersOnlyIsNotCalledWhitespace() {
    byte[] bytes = {1, 2, 3, 7, 8, 0x1B, 0x7F, 0x1B, 0x10};
    assertEquals("in.txt: input has only control characters (9 dropped), no text", parseMessage(bytes, null));
    assertEquals("in.txt: input has only control characters and whitespace, no text",
        parseMessage(new byte[] {1, ' ', '\n', 2, 3}, null));
  }
}
