package org.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.facts.FactFinder;
import org.parallax.text.Segmenter;

/** Checks the GUM reader and scorer on a small document written for this test in GUM's format. */
class GumEvalTest {
  private static final String T = "\t";

  private static String token(int id, String form, String upos, String misc) {
    return String.join(T, String.valueOf(id), form, form, upos, "_", "_", "0", "dep", "_", misc);
  }

  static GumEval.Doc doc() throws Exception {
    List<String> lines = List.of(
        "# newdoc id = test",
        "# newpar",
        "# text = Anna Berg visited Oslo in 1990.",
        token(1, "Anna", "PROPN", "Entity=(1-person-new-nnnnn-cf1-1,2-coref-Anna_Berg"),
        token(2, "Berg", "PROPN", "Entity=1)"),
        token(3, "visited", "VERB", "_"),
        token(4, "Oslo", "PROPN", "Entity=(2-place-new-nnnnn-cf2-1-sgl-Oslo)"),
        token(5, "in", "ADP", "_"),
        token(6, "1990", "NUM", "Entity=(3-time-new-nnnnn-cf3-1-sgl)|SpaceAfter=No"),
        token(7, ".", "PUNCT", "_"),
        "",
        "# text = The old friend smiled.",
        token(1, "The", "DET", "Entity=(1-person-giv-nnnnn-cf1-3-coref-Anna_Berg"),
        token(2, "old", "ADJ", "_"),
        token(3, "friend", "NOUN", "Entity=1)"),
        token(4, "smiled", "VERB", "SpaceAfter=No"),
        token(5, ".", "PUNCT", "_"),
        "");
    return GumEval.parse("test.conllu", lines);
  }

  @Test
  void readsTheBodyAndTheGoldMentionsWithOffsets() throws Exception {
    GumEval.Doc d = doc();
    assertEquals("Anna Berg visited Oslo in 1990. The old friend smiled.", d.body());
    assertEquals(4, d.gold().size(), d.gold()::toString);
    GumEval.GoldMention anna = d.gold().get(0);
    assertEquals("Anna Berg", anna.text());
    assertEquals("person", anna.type());
    assertTrue(anna.named());
    assertEquals("Oslo", d.body().substring(d.gold().get(1).start(), d.gold().get(1).end()));
    assertEquals("1990", d.gold().get(2).text());
    GumEval.GoldMention friend = d.gold().get(3);
    assertEquals("The old friend", friend.text());
    assertFalse(friend.named(), "a description of a named person is no name");
  }

  @Test
  void scoresTheBaselineAndParallax() throws Exception {
    GumEval.Doc d = doc();
    GumEval.Score base = GumEval.score(List.of(d), List.of(GumEval.capitalizedRuns(d)), null);
    assertEquals(2, base.goldNames());
    assertEquals(2, base.foundNames());
    assertEquals(3, base.found(), "runs Anna Berg, Oslo and The: " + base);
    assertEquals(2, base.real());
    assertEquals(0, base.foundValues());
    GumEval.Score ours = GumEval.score(List.of(d), List.of(GumEval.parallax(d, new FactFinder(), new Segmenter())), null);
    assertEquals(1, ours.goldValues());
    assertEquals(1, ours.foundValues());
    assertTrue(ours.foundNames() >= 1 && ours.real() == ours.found(), ours::toString);
  }
}
