package org.parallax.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parallax.framing.FramingAnalyzerTest.article;
import static org.parallax.framing.FramingAnalyzerTest.flagged;
import static org.parallax.framing.FramingAnalyzerTest.flaggedWithin;
import static org.parallax.framing.FramingAnalyzerTest.noQuotes;
import static org.parallax.framing.FramingAnalyzerTest.of;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.align.Alignment;
import org.parallax.align.AlignmentKind;
import org.parallax.align.AlignmentResult;
import org.parallax.facts.Fact;
import org.parallax.facts.FactKind;
import org.parallax.facts.Mention;
import org.parallax.text.Article;

/**
 * The seed pair as a real-world check, with excerpts pasted from samples/lavrov-north-korea:
 * A is aggregator.txt (a rewrite of a Reuters story), B is globalresearch-rt.md (an RT story).
 */
class SeedPairTest {
  private static final String A_TITLE = "Russian Federation condemns North Korean latest missile launch";
  private static final String A_BODY =
      "By Thursday, Russian Foreign Minister Sergei Lavrov finally had enough - and flat-out accused Trump of"
          + " trying to manufacture a reason to attack North Korea, Reuters reports.\n\n"
          + "Tillerson's remarks echo those made on Wednesday by US Ambassador to the UN Nikki Haley, who stressed"
          + " that the nations of the world \"have it within our power to further isolate, diminish and, God"
          + " willing, reverse the risky course of the North Korean regime\".";
  private static final String B_TITLE =
      "US Should Come Clean if It's Looking for Pretext to Destroy North Korea - Russian FM Lavrov";
  private static final String B_BODY =
      "The US has been consciously provoking North Korea to take action, Russian Foreign Minister Sergey Lavrov"
          + " alleged after Pyongyang's latest ballistic missile test.\n\n"
          + "The foreign minister called the missile test \u201C*an adventure*,\u201D but said that Washington has"
          + " apparently been trying to goad North Korean leader Kim Jong-un into it.\n\n"
          + "The test followed a two-month pause in test launches, which gave some hope that Pyongyang and"
          + " Washington may find a way to talk their differences over instead of resorting to belligerent"
          + " rhetoric, which has been their main mode of operation this year.";

  private final Article a = article("A", A_TITLE, A_BODY);
  private final Article b = article("B", B_TITLE, B_BODY);

  private List<FramingFlag> run(List<Fact> facts) {
    // The aligner scores the sample's passages of this claim 0.564 and 0.569 (kind "related"; see
    // reports/aggregator-vs-globalresearch-rt.json), above ArticlePair.STRONG_SCORE.
    AlignmentResult al =
        new AlignmentResult(
            List.of(new Alignment(List.of("A-s1"), List.of("B-s1"), AlignmentKind.RELATED, 0.564, List.of())),
            List.of("A-s2"),
            List.of("B-s2", "B-s3"),
            0.7,
            true);
    return new FramingAnalyzer().analyze(a, b, al, noQuotes(), facts);
  }

  @Test
  void accusedAgainstAllegedIsFlagged() {
    List<FramingFlag> verbs = of(run(List.of()), FramingKind.ATTRIBUTION_VERB);
    assertEquals(1, verbs.size(), verbs.toString());
    assertTrue(verbs.get(0).terms().containsAll(List.of("accused", "alleged")), verbs.toString());
    assertTrue(verbs.get(0).note().contains("Lavrov 'accused' (charged)"), verbs.get(0).note());
    assertTrue(verbs.get(0).note().contains("Lavrov 'alleged' (distancing)"), verbs.get(0).note());
    assertTrue(verbs.get(0).shownByDefault(), verbs.get(0).toString());
  }

  @Test
  void loadedWordsAreFlaggedOnTheirSide() {
    List<FramingFlag> flags = run(List.of());
    // word choice in the aligned passage: "flat-out" is flagged as the phrase it heads ("flat-out accused")
    assertTrue(shown(flags, FramingKind.LOADED_TERM, "A", "flat-out"), flags.toString());
    assertTrue(shown(flags, FramingKind.LOADED_TERM, "A", "finally had enough"), flags.toString());
    // own-voice charged words in passages A does not carry: flagged, not shown by default (the rule was
    // right for 18 of 30 such flags judged outside the panel)
    assertTrue(flaggedWithin(flags, FramingKind.OWN_VOICE, "B", "goad"), flags.toString());
    assertTrue(flaggedWithin(flags, FramingKind.OWN_VOICE, "B", "belligerent"), flags.toString());
    assertFalse(shown(flags, FramingKind.OWN_VOICE, "B", "goad"), flags.toString());
    // B's "apparently" stands in a passage A does not carry: no contrast, so no hedge flag
    assertFalse(flagged(flags, FramingKind.HEDGE, "B", "apparently"), flags.toString());
    // "regime" stands inside Haley's quotation, so it is her word, not the outlet's
    assertFalse(flaggedWithin(flags, FramingKind.LOADED_TERM, "A", "regime"), flags.toString());
    assertFalse(flaggedWithin(flags, FramingKind.OWN_VOICE, "A", "regime"), flags.toString());
    // "Security Council"-style names and the quoted "an adventure" are not flagged
    assertFalse(flaggedWithin(flags, FramingKind.OWN_VOICE, "B", "adventure"), flags.toString());
  }

  private static boolean shown(List<FramingFlag> flags, FramingKind kind, String article, String term) {
    return flaggedWithin(flags.stream().filter(FramingFlag::shownByDefault).toList(), kind, article, term);
  }

  @Test
  void headlinesAreContrasted() {
    List<FramingFlag> h = of(run(List.of()), FramingKind.HEADLINE);
    assertEquals(1, h.size());
    // both headlines in their own words and casing (no "US should come (clean if ...")
    assertEquals("A's headline leads with 'Russian Federation condemns': \u201C" + A_TITLE + "\u201D. "
        + "B's leads with 'US Should Come': \u201C" + B_TITLE + "\u201D.", h.get(0).note());
    // flagged with the rule's confidence, not shown by default (about 10 of 19 right outside the panel)
    assertEquals(0.55, h.get(0).confidence(), 1e-9);
    assertFalse(h.get(0).shownByDefault());
  }

  @Test
  void sergeiAndSergeyAreANamingDifference() {
    int at = A_BODY.indexOf("Sergei Lavrov");
    int bt = B_BODY.indexOf("Sergey Lavrov");
    Fact lavrov =
        new Fact(
            FactKind.PERSON,
            "person:lavrov",
            "Sergei Lavrov",
            List.of("A", "B"),
            List.of("Sergei Lavrov", "Sergey Lavrov"),
            List.of(
                new Mention("A", "A-s1", "Sergei Lavrov", at, at + 13),
                new Mention("B", "B-s1", "Sergey Lavrov", bt, bt + 13)));
    List<FramingFlag> naming = of(run(List.of(lavrov)), FramingKind.NAMING);
    assertEquals(1, naming.size(), naming.toString());
    assertEquals("A writes 'Sergei Lavrov' where B writes 'Sergey Lavrov' for Sergei Lavrov.", naming.get(0).note());
    assertTrue(naming.get(0).shownByDefault());
  }

  @Test
  void russianFederationAndMoscowAreANamingDifference() {
    int at = A_TITLE.length();
    Fact russia =
        new Fact(
            FactKind.PLACE,
            "place:russia",
            "Russia",
            List.of("A", "B"),
            List.of("Russian Federation", "Moscow", "Russian"),
            List.of(
                new Mention("A", "A-s1", "Russian", 18, 25),
                new Mention("A", "A-s1", "Russian Federation", 0, 18),
                new Mention("B", "B-s1", "Russian", 95, 102),
                new Mention("B", "B-s1", "Moscow", 0, 6)));
    List<FramingFlag> naming = of(run(List.of(russia)), FramingKind.NAMING);
    assertEquals(1, naming.size(), naming.toString());
    assertEquals(List.of("Russian Federation", "Moscow"), naming.get(0).terms());
    assertTrue(naming.get(0).shownByDefault());
  }
}
