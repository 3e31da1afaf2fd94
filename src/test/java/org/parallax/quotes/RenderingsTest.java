package org.parallax.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Renderings of one remark in two outlets; the quotes are short excerpts of BASIL dev articles (launchnlp/BASIL). */
class RenderingsTest {
  @Test
  void quoteInsideAnotherIsAnExcerpt() {
    Renderings.Layout l = Renderings.layout("I am not pro-gay marriage", "I am strongly pro-life and I am not pro-gay marriage");
    assertTrue(l.excerpt(), l::toString);
    assertEquals(0, l.rewordings());
  }

  @Test
  void partialQuoteFittedIntoTheOutletsGrammarIsAnExcerpt() {
    assertTrue(Renderings.layout("would end Medicare as we know it", "ending Medicare as we know it.").excerpt());
    assertTrue(Renderings.layout(
        "It lasted approximately 50 minutes. There will be no further readout of the meeting, but lines of communication remain open.",
        "the lines of communication remain open.").excerpt());
  }

  @Test
  void outletsKeepingDifferentSentencesOfOneRemarkAreExcerpts() {
    Renderings.Layout l = Renderings.layout(
        "Rise to the occasion. Dress like you deserve respect ... And certainly don't make faces during televised, public events.",
        "Rise to the occasion. Act like being in the White House matters to you. Dress like you deserve respect, not a spot at a bar.");
    assertTrue(l.excerpt(), l::toString);
  }

  @Test
  void bracketedInsertionsAreTheOutletsNotTheSpeakers() {
    Renderings.Layout l = Renderings.layout(
        "If they [Democrats] don't pass this bill we would have a double dip",
        "If they don't pass this bill we would have a double dip");
    assertTrue(l.same(), l::toString);
  }

  @Test
  void changedOrSilentlyDroppedWordsAreRewordings() {
    Renderings.Layout changed = Renderings.layout(
        "I have not violated any IRS rules or regulations, and I have not provided false information",
        "I have not violated any I.R.S. rules and regulations, and I have not provided false information");
    assertEquals(1, changed.rewordings(), changed::toString);
    assertFalse(changed.excerpt());
    Renderings.Layout dropped = Renderings.layout(
        "but there's a one-in-three chance that we could lose", "But there's a one-in-three chance we could lose");
    assertEquals(1, dropped.rewordings(), dropped::toString);
    Renderings.Layout swapped = Renderings.layout(
        "What have you guys been debating, John?", "In the House of Representatives, what have you guys been doing, John?");
    assertEquals(1, swapped.rewordings(), swapped::toString);
  }

  @Test
  void ampersandReadsAsAnd() {
    assertTrue(Renderings.layout("rules & regulations", "rules and regulations").same());
    assertEquals("rules  and  regulations", Renderings.normalizeAmpersand("rules & regulations"));
  }

  @Test
  void inflectionAloneIsNotAnExcerpt() {
    Renderings.Layout l = Renderings.layout(
        "I was talking about the radical environmentalist", "I was talking about the radical environmentalists");
    assertTrue(l.inflectionOnly(), l::toString);
    assertFalse(l.excerpt());
  }
}
