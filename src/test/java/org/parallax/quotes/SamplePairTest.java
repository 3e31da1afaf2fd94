package org.parallax.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parallax.text.Article;

/**
 * Checks the quotes stage on excerpts of the sample pair in samples/lavrov-north-korea: an
 * aggregator rewrite (aggregator.txt) and RT's report as republished by Global Research on 30
 * November 2017 (globalresearch-rt.md). The excerpts are pasted unchanged except that Markdown
 * emphasis and page furniture are left out.
 */
class SamplePairTest {
  static final String AGGREGATOR =
      String.join(
          "\n\n",
          "By Thursday, Russian Foreign Minister Sergei Lavrov finally had enough - and flat-out accused Trump of"
              + " trying to manufacture a reason to attack North Korea, Reuters reports.",
          "Russian Federation accused the United States on Thursday of trying to provoke North Korean leader Kim"
              + " Jong Un into \"flying off the handle\" over his missile programme to hand Washington a pretext to"
              + " destroy his country.",
          "\"It's as if the recent actions of the U.S. are consciously directed to provoke Pyongyang towards other"
              + " radical actions\".",
          "Haley called on all nations to sever all ties with North Korea and continued with the warnings saying if"
              + " China did not cut off its oil supply to North Korea, the US would \"take the oil situation into our"
              + " own hands\", suggesting further escalation of tensions in the region. \"Let them say it directly."
              + " then we can take a decision about how to react\", said Lavrov.",
          "The Russians - who, according to Armstrong, \"realize that the increasingly isolated on the North Korean"
              + " issue\" - are also strengthening their alignment with China, North Korea's top trading partner.",
          "Tillerson's remarks echo those made on Wednesday by US Ambassador to the UN Nikki Haley, who stressed that"
              + " the nations of the world \"have it within our power to further isolate, diminish and, God willing,"
              + " reverse the risky course of the North Korean regime\".",
          "Mr Lavrov said the way the United States was handling the situation was dangerously provocative. \"That's"
              + " why we are interested in a political and diplomatic solution\".",
          "Earlier, the President of the United States Donald trump announced that Washington will impose new"
              + " sanctions against Pyongyang in response to another missile test.",
          "\"We have never sought war with North Korea\", she said.");

  static final String RT =
      String.join(
          "\n\n",
          "The US has been consciously provoking North Korea to take action, Russian Foreign Minister Sergey Lavrov"
              + " alleged after Pyongyang's latest ballistic missile test. Moscow suspects the US wants a pretext to"
              + " attack North Korea, he said.",
          "Commenting on the latest developments, Lavrov said it seems that the US wants North Korea to resume the"
              + " tests.",
          "\"The latest US action seemed to be directed towards provoking Pyongyang into taking some rash action,\""
              + " he told journalists on Thursday.",
          "\"The Americans should start with explaining their intentions to us all. If they are really looking for"
              + " an excuse to destroy North Korea, as the US envoy to the UN said at a Security Council meeting, let"
              + " them spell it out clearly and let the US leadership confirm it. Then we will decide how to react,\""
              + " Lavrov said.",
          "The escalation in tensions came as a disappointment for Moscow, which is advocating a 'double freeze'"
              + " approach, in which North Korea halts missile and nuclear tests and the US stops its military"
              + " maneuvers.",
          "Sergey Lavrov said,",
          "“in September the American colleagues hinted that the next exercise may not",
          "come until spring [2018], which may give North Korea a pause and make it refrain from any rash action..."
              + " We were hopeful about the approach, but then they stage [an] unscheduled exercise in October, then"
              + " in November, and now they have declared they will have [a] large-scale unscheduled exercise in"
              + " December.\"");

  private final QuoteComparison comparison =
      new QuoteAnalyzer()
          .compare(QuoteAnalyzerTest.article("A", AGGREGATOR), QuoteAnalyzerTest.article("B", RT));

  private static Quote starting(QuoteSet set, String prefix) {
    Optional<Quote> q = set.quotes().stream().filter(x -> x.text().startsWith(prefix)).findFirst();
    assertTrue(q.isPresent(), () -> "no quote starting " + prefix + " in " + set.quotes());
    return q.get();
  }

  @Test
  void attributesHaleyByPronounAfterHerParagraph() {
    Quote q = starting(comparison.a(), "We have never sought war");
    assertEquals("Nikki Haley", q.speaker());
    assertEquals("haley", q.speakerKey());
    assertEquals("said", q.cue());
    assertEquals(QuoteKind.FULL, q.kind());
  }

  @Test
  void attributesArmstrongThroughAccordingTo() {
    Quote q = starting(comparison.a(), "realize that");
    assertEquals("Armstrong", q.speaker());
    assertEquals("according to", q.cue());
    assertEquals(QuoteKind.PARTIAL, q.kind());
  }

  @Test
  void joinsLavrovRemarkAcrossParagraphBreaks() {
    Quote q = starting(comparison.b(), "in September");
    assertTrue(q.text().contains("may not come until spring [2018]"), q.text());
    assertTrue(q.text().endsWith("exercise in December."), q.text());
    assertEquals("lavrov", q.speakerKey());
    assertEquals("said", q.cue());
    assertTrue(comparison.b().diagnostics().isEmpty(), comparison.b().diagnostics()::toString);
  }

  @Test
  void takesDoubleFreezeAsTerm() {
    Quote q = starting(comparison.b(), "double freeze");
    assertEquals(QuoteKind.TERM, q.kind());
    assertEquals("double freeze", q.text());
  }

  @Test
  void pairsTheTwoTranslationsAsVariants() {
    Quote a1 = starting(comparison.a(), "It's as if");
    Quote b1 = starting(comparison.b(), "The latest US action");
    Quote a2 = starting(comparison.a(), "Let them say it directly");
    Quote b2 = starting(comparison.b(), "The Americans should start");
    assertEquals("lavrov", b1.speakerKey());
    assertEquals("lavrov", a2.speakerKey());
    List<String> matches =
        comparison.matches().stream().map(m -> m.a() + "=" + m.b() + ":" + m.kind().id()).toList();
    assertTrue(matches.contains(a1.id() + "=" + b1.id() + ":variant"), matches::toString);
    assertTrue(matches.contains(a2.id() + "=" + b2.id() + ":variant"), matches::toString);
  }

  @Test
  void leavesUnrelatedQuotesUnmatched() {
    Quote haley = starting(comparison.a(), "We have never sought war");
    assertTrue(comparison.matches().stream().noneMatch(m -> m.a().equals(haley.id())), comparison.matches()::toString);
  }
}
