package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Articles in legacy encodings and in UTF-16 without a byte order mark decode to the text they
 * hold, or are refused with the candidates named; none becomes mojibake. The paragraphs are
 * written for this test (news-like, not copied from any outlet).
 */
class LegacyEncodingTest {
  static final String RUSSIAN = "Министр иностранных дел России заявил в четверг, что Москва не признает"
      + " односторонние санкции против Северной Кореи. \"Мы призываем все стороны к сдержанности\","
      + " - сказал он журналистам после переговоров.\n\nПо его словам, давление только усиливает"
      + " напряженность в регионе.";
  static final String CHINESE = "俄罗斯外交部长周四表示，莫斯科不承认针对朝鲜的单方面制裁。他在会谈后对记者说："
      + "“我们呼吁各方保持克制。”\n\n他说，施压只会加剧该地区的紧张局势。";
  static final String JAPANESE = "ロシアの外相は木曜日、モスクワは北朝鮮に対する一方的な制裁を認めないと述べた。"
      + "会談後、記者団に対し「すべての当事者に自制を求める」と語った。\n\n同外相によると、圧力は地域の緊張を高めるだけだという。";
  static final String FRENCH = "Le ministre a déclaré jeudi que Moscou ne reconnaît pas les sanctions"
      + " unilatérales contre la Corée du Nord. « Nous appelons toutes les parties à la retenue », a-t-il"
      + " déclaré à Pyongyang.\n\nSelon lui, la pression ne fait qu'accroître les tensions.";

  private static Document parse(String text, String charset) throws IngestException {
    return new Ingestor().parse("in.txt", text.getBytes(Charset.forName(charset)), Format.TXT);
  }

  private static Document parse(String text, String charset, String headline) throws IngestException {
    return parse(headline + "\n\n" + text, charset);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource({
    "RUSSIAN, windows-1251, windows-1251",
    "RUSSIAN, KOI8-R, KOI8-R",
    "RUSSIAN, ISO-8859-5, ISO-8859-5",
    "CHINESE, GB18030, GB18030",
    "JAPANESE, Shift_JIS, Shift_JIS",
    "JAPANESE, EUC-JP, EUC-JP",
    "FRENCH, ISO-8859-1, Windows-1252",
  })
  void legacyEncodingsDecodeToTheirText(String which, String charset, String named) throws Exception {
    String text = text(which);
    Document d = parse(text, charset);
    assertEquals(text.replace("\n\n", " ").replace(" ", ""), d.body().replace("\n\n", " ").replace(" ", ""),
        "body of " + which + " in " + charset);
    assertEquals(1, d.warnings().size(), d.warnings().toString());
    assertTrue(d.warnings().get(0).startsWith("decoded as " + named + ": not valid UTF-8; detected with confidence "),
        d.warnings().toString());
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "RUSSIAN, UTF-16LE", "RUSSIAN, UTF-16BE",
    "CHINESE, UTF-16LE", "CHINESE, UTF-16BE",
    "JAPANESE, UTF-16LE", "JAPANESE, UTF-16BE",
    "FRENCH, UTF-16LE", "FRENCH, UTF-16BE",
  })
  void utf16WithoutByteOrderMarkBeyondLatin(String which, String charset) throws Exception {
    String text = text(which);
    Document d = parse(text, charset);
    assertEquals(text.replace("\n\n", " ").replace(" ", ""), d.body().replace("\n\n", " ").replace(" ", ""));
    assertEquals(1, d.warnings().size(), d.warnings().toString());
    assertTrue(d.warnings().get(0).startsWith("decoded as " + charset + ": no byte order mark"), d.warnings().toString());
  }

  @Test
  void aShortRussianHeadlineIsStillRead() throws Exception {
    String line = "Лавров: Москва не признает санкции";
    Document d = new Ingestor().parse("h.txt", (line + "\n\n" + RUSSIAN).getBytes(Charset.forName("KOI8-R")), Format.TXT);
    assertEquals(line, d.title());
  }

  @Test
  void undecidableBytesAreRefusedNamingTheCandidates() {
    byte[] bytes = HexFormat.of().parseHex("e0e1e2e3e4e5e6e7e8e9eaebecedeeef");
    IngestException e = assertThrows(IngestException.class, () -> new Ingestor().parse("odd.txt", bytes, Format.TXT));
    assertTrue(e.getMessage().startsWith("odd.txt: cannot tell the encoding: not UTF-8 or UTF-16,"), e.getMessage());
    assertTrue(e.getMessage().contains("considered KOI8-R (17), "), e.getMessage());
    assertTrue(e.getMessage().endsWith("; name it with --encoding"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void forcedEncodingIsUsedWithoutDetection() throws Exception {
    byte[] koi8 = RUSSIAN.getBytes(Charset.forName("KOI8-R"));
    Ingestor forced = new Ingestor(IngestOptions.defaults().withEncoding(Charset.forName("KOI8-R")));
    Document d = forced.parse("in.txt", koi8, Format.TXT);
    assertTrue(d.body().startsWith("Министр иностранных дел"), d.body());
    assertEquals(List.of(), d.warnings());
    // Forcing the wrong one gives what the user asked for, and says how many bytes did not fit.
    Ingestor utf8 = new Ingestor(IngestOptions.defaults().withEncoding(StandardCharsets.UTF_8));
    Document w = utf8.parse("in.txt", koi8, Format.TXT);
    assertEquals(1, w.warnings().size());
    assertTrue(w.warnings().get(0).matches("--encoding UTF-8: \\d+ invalid byte sequences became U\\+FFFD"),
        w.warnings().toString());
  }

  @Test
  void forcedEncodingOverridesAWrongGuess() throws Exception {
    // 16 bytes that detection cannot place are Cyrillic when the user says they are windows-1251.
    byte[] bytes = HexFormat.of().parseHex("e0e1e2e3e4e5e6e7e8e9eaebecedeeef");
    Ingestor forced = new Ingestor(IngestOptions.defaults().withEncoding(Charset.forName("windows-1251")));
    assertEquals("абвгдежзийклмноп", forced.parse("in.txt", bytes, Format.TXT).body());
  }

  @Test
  void mixedUtf8AndWindows1252StaysMixedButKoi8RDoesNot() throws Exception {
    // KOI8-R text may hold byte pairs that happen to be valid UTF-8; it is still read as KOI8-R.
    Document d = parse(RUSSIAN, "KOI8-R", "Заголовок дня");
    assertFalse(d.warnings().get(0).contains("mixed"), d.warnings().toString());
    assertTrue(d.body().contains("санкции"), d.body());
  }

  /** Title Case headlines in Windows-1252 read as UTF-16BE give 97–100% CJK letters and punctuation. */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
    "Senate Leaders Say ‘Deal Is Close’ As Shutdown Deadline Nears For Congress",
    "Governor Signs Budget After Months Of Talks With State Lawmakers’ Leaders",
    "Mayor Defends Police Chief As City Council Weighs ‘No Confidence’ Vote Today",
    "President’s Veto Threat On Pipeline Bill; Republicans Say They Have Votes",
    "Court Blocks Texas Abortion Law, Citing ‘Undue Burden’ On Women Seeking Care",
  })
  void shortWesternHeadlinesAreNotReadAsUtf16(String headline) throws Exception {
    String text = headline + "\n\nThe vote is expected on Friday. Both sides said talks would go on.";
    byte[] bytes = text.getBytes(Charset.forName("windows-1252"));
    if (bytes.length % 2 != 0) {
      text = text + " ";
      bytes = text.getBytes(Charset.forName("windows-1252"));
    }
    assertEquals(null, EncodingDetector.utf16(bytes));
    Document d = new Ingestor().parse("h.txt", bytes, Format.TXT);
    assertEquals(headline, d.title());
    assertTrue(d.warnings().get(0).startsWith("decoded as Windows-1252: not valid UTF-8"), d.warnings().toString());
  }

  /** A web page without a charset: its tags, style and script are ASCII that would drown the text. */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"windows-1251", "KOI8-R", "GB18030", "Shift_JIS"})
  void webPagesWithoutACharsetAreJudgedByTheirText(String charset) throws Exception {
    String css = "<style>body{font-family:Arial,sans-serif;margin:0 auto;max-width:960px}"
        + ".nav a{color:#333;text-decoration:none}</style>";
    String text = charset.equals("GB18030") ? CHINESE : charset.equals("Shift_JIS") ? JAPANESE : RUSSIAN;
    String html = "<!DOCTYPE html><html><head><title>News</title>" + css.repeat(3)
        + "<script>var a = 1; if (a < 2) { a = 3; }</script></head><body><nav class=\"nav\"><a href=\"/\">Home</a>"
        + " <a href=\"/world\">World</a></nav><article><p>" + text.replace("\n\n", "</p><p>") + "</p></article></body></html>";
    Document d = new Ingestor().parse("p.html", html.getBytes(Charset.forName(charset)), Format.HTML);
    assertTrue(d.body().contains(text.substring(0, 20)), d.body());
    assertTrue(d.warnings().get(0).startsWith("decoded as " + charset + ": not valid UTF-8"), d.warnings().toString());
  }

  private static String text(String which) {
    return switch (which) {
      case "RUSSIAN" -> RUSSIAN;
      case "CHINESE" -> CHINESE;
      case "JAPANESE" -> JAPANESE;
      default -> FRENCH;
    };
  }
}
