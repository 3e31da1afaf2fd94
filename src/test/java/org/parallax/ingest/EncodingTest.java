package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Encodings are detected from byte order marks and byte patterns; nothing is mis-decoded silently. */
class EncodingTest {
  private static final String TEXT = "The minister’s “adventure” cost €5 — naïvely.\n\nSecond paragraph here.";

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }

  private static Document parse(byte[] bytes) throws IngestException {
    return new Ingestor().parse("enc", bytes, Format.TXT);
  }

  private static String body() {
    return "The minister’s “adventure” cost €5 — naïvely.\n\nSecond paragraph here.";
  }

  @Test
  void utf8WithoutBom() throws Exception {
    Document d = parse(TEXT.getBytes(StandardCharsets.UTF_8));
    assertEquals(body(), d.body());
    assertEquals(List.of(), d.warnings());
  }

  @Test
  void utf8WithBomLosesTheBom() throws Exception {
    Document d = parse(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8)));
    assertEquals(body(), d.body());
    assertEquals(List.of(), d.warnings());
  }

  @Test
  void utf16WithBothByteOrderMarks() throws Exception {
    Document le = parse(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE)));
    Document be = parse(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE)));
    assertEquals(body(), le.body());
    assertEquals(body(), be.body());
    assertEquals(List.of(), le.warnings());
  }

  @Test
  void utf16WithoutBomIsRecognizedFromNulPattern() throws Exception {
    Document le = parse(TEXT.getBytes(StandardCharsets.UTF_16LE));
    Document be = parse(TEXT.getBytes(StandardCharsets.UTF_16BE));
    assertEquals(body(), le.body());
    assertEquals(body(), be.body());
    assertEquals(List.of("decoded as UTF-16LE: no byte order mark, detected from NUL bytes"), le.warnings());
    assertEquals(List.of("decoded as UTF-16BE: no byte order mark, detected from NUL bytes"), be.warnings());
  }

  @Test
  void windows1252FallbackWarns() throws Exception {
    Document d = parse(TEXT.getBytes(Charset.forName("windows-1252")));
    assertEquals(body(), d.body());
    assertEquals(
        List.of("decoded as Windows-1252: not valid UTF-8; detected with confidence 63 of 100"
            + " (use --encoding to name another)"),
        d.warnings());
  }

  @Test
  void mixedUtf8AndWindows1252AreEachDecodedInTheirOwnEncoding() throws Exception {
    // A UTF-8 article with one paragraph pasted from a Windows-1252 source.
    byte[] utf8 = "Headline Of The Day\n\nThe caf\u00e9 in S\u00e3o Paulo opened \u201cearly\u201d. ".getBytes(StandardCharsets.UTF_8);
    byte[] cp1252 = "The na\u00efve critics said it was \u201cgreat\u201d.".getBytes(Charset.forName("windows-1252"));
    byte[] both = new byte[utf8.length + cp1252.length];
    System.arraycopy(utf8, 0, both, 0, utf8.length);
    System.arraycopy(cp1252, 0, both, utf8.length, cp1252.length);
    Document d = parse(both);
    assertEquals(
        "The caf\u00e9 in S\u00e3o Paulo opened \u201cearly\u201d. The na\u00efve critics said it was \u201cgreat\u201d.",
        d.body());
    assertEquals(
        List.of("mixed encodings: 3 bytes not valid UTF-8 decoded as Windows-1252, the rest as UTF-8"), d.warnings());
  }

  @ParameterizedTest
  @CsvSource({
    // bytes (hex) | expected text: overlong, surrogate, truncated and out-of-range sequences are not UTF-8
    "C3A9, \u00e9",
    "E282AC, \u20ac",
    "F09F9880, \uD83D\uDE00",
    "C0AF, \u00c0\u00af",
    "EDA080, \u00ed\u00a0\u20ac",
    "E282, \u00e2\u201a",
    "F4908080, \u00f4\ufffd\u20ac\u20ac",
  })
  void mixedDecoderReadsOnlyWellFormedUtf8AsUtf8(String hex, String expected) {
    byte[] bytes = java.util.HexFormat.of().parseHex(hex);
    assertEquals(
        org.apache.commons.text.StringEscapeUtils.unescapeJava(expected),
        TextDecoder.utf8WithWindows1252Bytes(bytes, 0, new int[2]));
  }

  @Test
  void latin1DeclaredInHtmlIsReadAsWindows1252() throws Exception {
    String html = "<html><head><meta charset=\"iso-8859-1\"><title>Caf\u00e9 news</title></head>"
        + "<body><article><p>The caf\u00e9 opened \u201cearly\u201d on Monday in the old town of the city.</p>"
        + "</article></body></html>";
    Document d = new Ingestor().parse("p.html", html.getBytes(Charset.forName("windows-1252")), Format.HTML);
    assertEquals("The caf\u00e9 opened \u201cearly\u201d on Monday in the old town of the city.", d.body());
    assertEquals(List.of("decoded as windows-1252 (declared by the input): not valid UTF-8"), d.warnings());
  }

  @Test
  void lineEndingsAreNormalized() throws Exception {
    String lf = "Headline Of The Day\n\nFirst line\nsame paragraph.\n\nSecond paragraph.";
    Document a = parse(lf.getBytes(StandardCharsets.UTF_8));
    Document b = parse(lf.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    Document c = parse(lf.replace("\n", "\r").getBytes(StandardCharsets.UTF_8));
    assertEquals("First line same paragraph.\n\nSecond paragraph.", a.body());
    assertEquals(a, new Document("enc", b.format(), b.title(), b.byline(), b.publisher(), b.published(),
        b.body(), b.removed(), b.warnings()));
    assertEquals(a.body(), c.body());
    assertFalse(c.body().contains("\r"));
  }

  @Test
  void existingMojibakeIsReported() throws Exception {
    String broken = "The ministerâ€™s words were â€œharshâ€\u009D, critics said.";
    Document d = parse(broken.getBytes(StandardCharsets.UTF_8));
    assertTrue(d.warnings().stream().anyMatch(w -> w.contains("mis-decoded")), d.warnings().toString());
  }

  @Test
  void controlCharactersAreDroppedWithAWarning() throws Exception {
    Document d = parse("A sentence\u0007 with a bell.".getBytes(StandardCharsets.UTF_8));
    assertEquals("A sentence with a bell.", d.body());
    assertEquals(List.of("dropped 1 control character"), d.warnings());
  }
}
