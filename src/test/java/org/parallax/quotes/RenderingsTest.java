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
  @Test
  void hyphensContractionsAndNumberWordsAreNotRewordings() {
    assertEquals("clear tax filing rules", Renderings.normalize("clear tax-filing rules"));
    assertEquals("we will do it again, we have done it", Renderings.normalize("we\u2019ll do it again, we've done it"));
    assertEquals("I am sure he is not; they can not, we will not", Renderings.normalize("I'm sure he's not; they can't, we won't"));
    assertEquals("a 2 in 3 chance", Renderings.normalize("a two-in-three chance"));
    assertEquals("the mayor's plan", Renderings.normalize("the mayor's plan"));
    assertTrue(Renderings.layout("the ferry's new time table is clear", "The ferry's new time-table is clear").same());
    assertTrue(Renderings.layout("He's sure the bridge won't close", "he is sure the bridge will not close").same());
  }

  @Test
  void anArticleSwappedInsideASentenceIsNotARewording() {
    Renderings.Layout l = Renderings.layout(
        "wear boots to the harbour, not a seat at a bar", "a seat at the bar.");
    assertEquals(0, l.rewordings(), l::toString);
    assertTrue(l.excerpt());
    assertTrue(Renderings.layout("a seat at a bar", "a seat at the bar").same());
    assertTrue(Renderings.layout("I think President Lee is right", "I think the President Lee is right").excerpt());
    Renderings.Layout word = Renderings.layout(
        "wear boots to the harbour, not a seat at a bar", "a seat by the bar.");
    assertEquals(1, word.rewordings(), word::toString);
  }

  @Test
  void spansNameThePairedTokens() {
    // "[the council]" is a bracket: its tokens count in the index but are never paired.
    Renderings.Layout l = Renderings.layout("the ferry will run [the council] every hour", "ferry will run every hour");
    assertEquals(1, l.spanA()[0]);
    assertEquals(8, l.spanA()[1]);
    assertEquals(0, l.spanB()[0]);
    assertEquals(5, l.spanB()[1]);
  }
}
