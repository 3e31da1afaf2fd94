package org.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PanelTextTest {
  @Test
  void normalizesCaseQuotesDashesAndWhitespace() {
    assertEquals("he said \"it's over\" - twice", PanelText.normalize("He  said\n\u201CIt\u2019s over\u201D \u2014 twice"));
    assertEquals("a-b", PanelText.normalize("A\u2013B"));
    assertEquals("x y", PanelText.normalize("  x\u00A0\ty  "));
  }

  @Test
  void snippetMatchesWhenContainedAtWordBoundaries() {
    assertTrue(PanelText.matches("the Senate voted", "Yesterday THE senate  voted 52-48."));
    assertTrue(PanelText.matches("it\u2019s over", "He said it's over."));
    assertFalse(PanelText.matches("Reid", "a rally in Reidsville"));
    assertFalse(PanelText.matches("the House", "the Houses of Parliament"));
    assertFalse(PanelText.matches("", "anything"));
  }

  @Test
  void shortItemMatchesWhenItIsInsideTheSnippet() {
    assertTrue(PanelText.matches("Sen. Harry Reid of Nevada", "Harry Reid"));
    assertTrue(PanelText.matches("a big long quote with words", "long quote"));
    assertFalse(PanelText.matches("a big long quote", "q"));
  }

  @Test
  void sameNameIgnoresTheArticlePossessiveAndOuterPunctuation() {
    assertTrue(PanelText.sameName("The White House", "white house"));
    assertTrue(PanelText.sameName("Reid", "Reid's"));
    assertTrue(PanelText.sameName("\"Obama\"", "Obama,"));
    assertFalse(PanelText.sameName("Harry Reid", "Reid"));
    assertFalse(PanelText.sameName("-", ""));
  }

  @Test
  void sameSpeakerAcceptsAFullerOrShorterFormWithTheSameLastWord() {
    assertTrue(PanelText.sameSpeaker("Anthony Kennedy", "Anthony M. Kennedy"));
    assertTrue(PanelText.sameSpeaker("Justice Anthony M. Kennedy", "Kennedy"));
    assertTrue(PanelText.sameSpeaker("Theodore J. Boutrous Jr.", "Theodore J. Boutrous Jr"));
    assertFalse(PanelText.sameSpeaker("Anthony Kennedy", "Ted Kennedy"));
    assertFalse(PanelText.sameSpeaker("Harry Reid", "Harry"));
    assertFalse(PanelText.sameSpeaker("Obama", "Obama administration"));
  }

  @Test
  void alternativesSplitOnSpacedSlash() {
    assertEquals(List.of("Harry Reid", "Reid", "Sen. Harry Reid"), PanelText.alternatives("Harry Reid / Reid / Sen. Harry Reid"));
    assertEquals(List.of("AC/DC"), PanelText.alternatives("AC/DC"));
  }
}
