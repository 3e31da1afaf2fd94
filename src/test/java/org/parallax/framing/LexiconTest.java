package org.parallax.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.text.Tokenizer;

class LexiconTest {
  @Test
  void lemmasUndoInflections() {
    assertTrue(Lemmas.candidates("slammed").contains("slam"));
    assertTrue(Lemmas.candidates("accused").contains("accuse"));
    assertTrue(Lemmas.candidates("alleges").contains("allege"));
    assertTrue(Lemmas.candidates("goading").contains("goad"));
    assertTrue(Lemmas.candidates("told").contains("tell"));
    assertTrue(Lemmas.candidates("terrorists").contains("terrorist"));
    assertTrue(Lemmas.candidates("denied").contains("deny"));
  }

  @Test
  void shippedLexiconsLoadWithTheirClasses() {
    assertTrue(Lexicons.NEWS.size() > 300);
    assertTrue(Lexicons.BIAS.size() > 50);
    assertEquals("charged", Lexicons.ATTRIBUTION.get("accuse").kind());
    assertEquals(3, Lexicons.ATTRIBUTION.get("accuse").grade());
    assertEquals("distancing", Lexicons.ATTRIBUTION.get("allege").kind());
    assertEquals("factive", Lexicons.ATTRIBUTION.get("admit").kind());
    assertEquals("neutral", Lexicons.ATTRIBUTION.get("say").kind());
    assertNotNull(Lexicons.HEDGES.get("reportedly"));
    // the bias lexicon is filtered to the entries loaded in news
    assertEquals(null, Lexicons.BIAS.get("city"));
    assertNotNull(Lexicons.BIAS.get("regime"));
  }

  @Test
  void longestPhraseWinsAndInflectedPhrasesMatch() {
    List<Lexicon.Match> m = Lexicons.NEWS.find(Tokenizer.tokenize("He finally had enough and lashed out at them"));
    assertEquals(2, m.size(), m.toString());
    assertEquals("finally had enough", m.get(0).entry().term());
    assertEquals("lash out", m.get(1).entry().term());
  }
}
