package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Text that looks the same is made the same characters, and nothing visible is lost. */
class CanonicalizerTest {
  @Test
  void decomposedAccentsAreComposed() {
    String nfd = Normalizer.normalize("Corée, José, Zürich", Normalizer.Form.NFD);
    assertEquals("Corée, José, Zürich", Canonicalizer.text(nfd));
    assertEquals(19, Canonicalizer.text(nfd).length());
  }

  @Test
  void invisibleCharactersAreRemoved() {
    assertEquals("Lavrov said the sanctions", Canonicalizer.text("Lav\u00ADrov sa\u200Bid the\uFEFF sanc\u2060tions"));
    assertEquals("minister", Canonicalizer.text("min\u200Cis\u200Dter"));
  }

  @Test
  void noBreakSpacesBecomeSpaces() {
    assertEquals("10 km from Seoul", Canonicalizer.text("10\u00A0km\u202Ffrom\u2007Seoul"));
  }

  @Test
  void joinersThatShapeAScriptOrAnEmojiStay() {
    String persian = "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645";
    assertEquals(persian, Canonicalizer.text(persian));
    String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
    assertEquals(family, Canonicalizer.text(family));
  }

  @Test
  void cleanTextIsReturnedAsIs() {
    String s = "Plain text, “quoted”, with é.";
    assertEquals(s, Canonicalizer.text(s));
  }

  @Test
  void ingestedBodyTitleAndBylineAreCanonical() throws Exception {
    String original = "# Corée du Nord: le ministre répond\n\nBy José Núñez\n\nLe ministre a déclaré jeudi"
        + " que Moscou ne reconnaît pas les sanctions. « Nous appelons à la retenue », a-t-il dit.";
    String disguised = Normalizer.normalize(original, Normalizer.Form.NFD)
        .replace("ministre", "minis\u00ADtre").replace("Moscou", "Mos\u200Bcou").replace("les ", "les\u00A0")
        .replace("sanctions", "\uFEFFsanctions");
    Document a = new Ingestor().parse("a.md", original.getBytes(StandardCharsets.UTF_8), Format.MARKDOWN);
    Document b = new Ingestor().parse("a.md", disguised.getBytes(StandardCharsets.UTF_8), Format.MARKDOWN);
    assertEquals(a, b);
    assertEquals("Corée du Nord: le ministre répond", b.title());
  }

  @Test
  void htmlEntitiesForInvisibleCharactersAreCanonicalToo() throws Exception {
    String html = "<html><body><article><p>The minis&shy;ter met Kim Jong&#8203;Un in Pyong&#x200B;yang"
        + " on&nbsp;Monday and visited the Cor&#101;&#769;e office.</p></article></body></html>";
    Document d = new Ingestor().parse("p.html", html.getBytes(StandardCharsets.UTF_8), Format.HTML);
    assertEquals("The minister met Kim JongUn in Pyongyang on Monday and visited the Corée office.", d.body());
  }
}
