package org.parallax.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.ingest.Document;
import org.parallax.ingest.Format;
import org.parallax.text.Article;
import org.parallax.text.Segmenter;

/**
 * Alignment tables: each alignment is written {@code "A sentences | B sentences"} with 1-based
 * sentence numbers, so {@code "1,2 | 3"} means A1 and A2 together match B3.
 */
class AlignerTest {
  private static final Aligner SEMANTIC = new Aligner();
  private static final Aligner LEXICAL = new Aligner(false);

  static Article article(String label, String... paragraphs) {
    String body = String.join("\n\n", paragraphs);
    Document d =
        new Document(label + ".txt", Format.TXT, null, null, null, null, body, List.of(), List.of());
    return new Segmenter().segment(label, d);
  }

  static List<String> table(AlignmentResult r) {
    List<String> rows = new ArrayList<>();
    for (Alignment al : r.alignments()) {
      rows.add(numbers(al.a()) + " | " + numbers(al.b()));
    }
    return rows;
  }

  private static String numbers(List<String> ids) {
    return String.join(",", ids.stream().map(id -> id.substring(id.lastIndexOf('s') + 1)).toList());
  }

  @Test
  void reorderedSentencesAlignAcrossPositions() {
    Article a =
        article(
            "A",
            "The storm flooded hundreds of homes in the coastal town of Brixham.",
            "Rescue teams evacuated elderly residents by boat overnight.",
            "The mayor asked the government for emergency funds.");
    Article b =
        article(
            "B",
            "Brixham's mayor has appealed to the government for emergency money.",
            "Overnight, rescuers used boats to evacuate elderly people.",
            "Hundreds of homes in the coastal town of Brixham were flooded by the storm.");
    List<String> expected = List.of("1 | 3", "2 | 2", "3 | 1");
    assertEquals(expected, table(SEMANTIC.align(a, b)));
    assertEquals(expected, table(LEXICAL.align(a, b)));
  }

  @Test
  void splitSentenceJoinsItsNeighbour() {
    Article a =
        article(
            "A",
            "The minister resigned on Friday after weeks of pressure over the contracts scandal,"
                + " and parliament will elect her successor at a special session next month.",
            "Markets barely reacted.");
    Article b =
        article(
            "B",
            "The minister resigned on Friday after weeks of pressure over the contracts scandal.",
            "Parliament will elect her successor at a special session next month.",
            "Markets barely reacted.");
    assertEquals(List.of("1 | 1,2", "2 | 3"), table(SEMANTIC.align(a, b)));
    assertEquals(List.of("1 | 1,2", "2 | 3"), table(LEXICAL.align(a, b)));
  }

  @Test
  void mergedSentenceJoinsItsNeighbour() {
    Article a =
        article(
            "A",
            "Farmers blocked the motorway with tractors.",
            "They demand lower diesel taxes and fewer import quotas.");
    Article b =
        article(
            "B",
            "Farmers blocked the motorway with tractors, demanding lower diesel taxes and fewer"
                + " import quotas.");
    assertEquals(List.of("1,2 | 1"), table(SEMANTIC.align(a, b)));
    assertEquals(List.of("1,2 | 1"), table(LEXICAL.align(a, b)));
  }

  @Test
  void paraphraseWithFewSharedWordsAlignsOnlyWithEmbeddings() {
    Article a =
        article(
            "A",
            "The doctor told the patient to stop smoking immediately.",
            "Ticket prices for the final rose again.");
    Article b =
        article(
            "B",
            "Tickets for the cup final have become more expensive again.",
            "The physician advised the sick man to quit cigarettes right away.");
    AlignmentResult r = SEMANTIC.align(a, b);
    assertEquals(List.of("1 | 2", "2 | 1"), table(r));
    assertTrue(LEXICAL.align(a, b).alignments().size() < 2, "lexical mode cannot see these");
  }

  @Test
  void translatedQuotesOfTheSeedPairAlign() {
    Article a =
        article(
            "A",
            "\"It's as if the recent actions of the U.S. are consciously directed to provoke"
                + " Pyongyang towards other radical actions,\" Lavrov said.",
            "Washington is trying to manufacture a reason to attack North Korea, he added.",
            "The talks took place in Moscow.");
    Article b =
        article(
            "B",
            "The minister said the US wants a pretext to attack North Korea.",
            "\"The latest US action seemed to be directed towards provoking Pyongyang into taking"
                + " some rash action,\" Lavrov said.");
    assertEquals(List.of("1 | 2", "2 | 1"), table(SEMANTIC.align(a, b)));
  }

  @Test
  void sharingOnlyAMonthIsNoMatch() {
    Article a =
        article(
            "A", "China in September has agreed to reduce shipments of refined petroleum products.");
    Article b =
        article(
            "B",
            "In September the American colleagues hinted that the next exercise may not come"
                + " until spring.");
    assertEquals(List.of(), table(SEMANTIC.align(a, b)));
    assertEquals(List.of(), table(LEXICAL.align(a, b)));
  }

  @Test
  void sharingOnlyADateIsNoMatch() {
    Article a = article("A", "On Monday, March 3, the central bank raised interest rates.");
    Article b = article("B", "The football season opened on Monday, March 3, in Madrid.");
    assertEquals(List.of(), table(SEMANTIC.align(a, b)));
    assertEquals(List.of(), table(LEXICAL.align(a, b)));
  }

  @Test
  void identicalArticlesAlignSentenceForSentence() {
    String[] paragraphs = {
      "The council approved the budget. Spending on schools rises by four percent.",
      "Opposition members walked out before the vote."
    };
    AlignmentResult r = SEMANTIC.align(article("A", paragraphs), article("B", paragraphs));
    assertEquals(List.of("1 | 1", "2 | 2", "3 | 3"), table(r));
    assertTrue(r.alignments().stream().allMatch(al -> al.kind() == AlignmentKind.IDENTICAL));
    assertTrue(r.alignments().stream().allMatch(al -> al.score() == 1.0));
    assertEquals(1.0, r.relatedness(), 1e-9);
    assertTrue(r.related());
    assertEquals(List.of(), r.onlyA());
  }

  @Test
  void unrelatedArticlesAreJudgedUnrelated() {
    Article a =
        article(
            "A",
            "The volcano on the island erupted early on Sunday, sending ash four kilometres high.",
            "Flights to the region were cancelled and villages near the crater were evacuated.",
            "Scientists had warned of rising seismic activity for weeks.");
    Article b =
        article(
            "B",
            "The tech company reported record quarterly profits on strong smartphone sales.",
            "Its shares rose eight percent in after-hours trading.",
            "The chief executive said demand in Asia remained robust.");
    for (Aligner aligner : List.of(SEMANTIC, LEXICAL)) {
      AlignmentResult r = aligner.align(a, b);
      assertFalse(r.related(), "verdict, semantic=" + aligner.semantic());
      assertTrue(r.alignments().size() <= 1, table(r).toString());
    }
  }

  @Test
  void oneSentenceArticles() {
    Article a = article("A", "The bridge reopened to traffic after a two-year repair.");
    Article b = article("B", "After two years of repairs, the bridge is open to traffic again.");
    AlignmentResult r = SEMANTIC.align(a, b);
    assertEquals(List.of("1 | 1"), table(r));
    assertTrue(r.related());
    assertEquals(AlignmentKind.PARAPHRASE, r.alignments().get(0).kind());
  }

  @Test
  void emptyArticleGivesEmptyResult() {
    AlignmentResult r = SEMANTIC.align(article("A", ""), article("B", "Something happened."));
    assertEquals(List.of(), r.alignments());
    assertEquals(List.of("B-s1"), r.onlyB());
    assertFalse(r.related());
  }

  @Test
  void pairSimilarityIsCalibrated() {
    String s = "The committee rejected the proposal by nine votes to two.";
    assertEquals(1.0, SEMANTIC.similarity(s, s));
    assertEquals(1.0, LEXICAL.similarity(s, s));
    assertTrue(SEMANTIC.isParaphrase(s, "The proposal was rejected by the committee, nine votes to two."));
    assertFalse(SEMANTIC.isParaphrase(s, "Heavy snow closed the mountain pass for three days."));
    double unrelated = SEMANTIC.similarity(s, "Heavy snow closed the mountain pass for three days.");
    assertTrue(unrelated < 0.2, "unrelated scored " + unrelated);
  }

  @Test
  void pairSimilarityRejectsMismatchedLists() {
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> LEXICAL.similarities(List.of("a"), List.of()));
  }

  @Test
  void shortSentenceSaidInsideALongOneAlignsAsPartialThroughItsClause() {
    // As a whole the long quote is a near miss for the short one (about 0.38, under the related
    // threshold of 0.44); its clause "and then we will decide how to react" matches (about 0.62).
    Article a =
        article(
            "A",
            "\"Let them say it openly, then we will decide how to react,\" said the mayor.",
            "Fishermen fear for their income.");
    Article b =
        article(
            "B",
            "\"The region should start by explaining its plans to all of us. If it really wants to cut"
                + " the budget, as its envoy said at the assembly, let the council say it openly, and"
                + " then we will decide how to react.\"",
            "The weather stayed mild.");
    AlignmentResult r = SEMANTIC.align(a, b);
    // B's quotation is split into its two sentences; the second carries the clause.
    assertEquals(List.of("1 | 2"), table(r));
    // The long quote carries the short sentence and more: partial, not merely related.
    assertEquals(AlignmentKind.PARTIAL, r.alignments().get(0).kind());
  }

  @Test
  void claimFramedDifferentlyByEachOutletAlignsThroughItsClause() {
    // "X accused Y of trying to ..., the Gazette reports" and "Z suspects ..., he said": the frames
    // differ, the claim is shared; the frames off, the clause matches the short sentence.
    Article a =
        article(
            "A",
            "By noon the mayor had lost patience - and openly accused the council of trying to"
                + " invent a reason to close the harbour, the Gazette reports.",
            "Fishermen fear for their income.");
    Article b =
        article(
            "B",
            "The weather stayed mild.",
            "The town hall suspects the council wants an excuse to shut the harbour, he said.");
    AlignmentResult r = SEMANTIC.align(a, b);
    assertEquals(List.of("1 | 2"), table(r));
    assertEquals(AlignmentKind.RELATED, r.alignments().get(0).kind());
  }

  @Test
  void twoLongSentencesSharingOnlyAShortPhraseStayApart() {
    Article a =
        article(
            "A",
            "The council approved a new parking plan for the old town on Tuesday, suggesting further"
                + " tension in the region, and shop owners said they would appeal against it.");
    Article b =
        article(
            "B",
            "The tension in the region grew, as a disappointment for farmers, who wanted a freeze on"
                + " water prices and the end of the drought restrictions this summer.");
    assertEquals(List.of(), table(SEMANTIC.align(a, b)));
  }

  @Test
  void longArticlesStillAlignAParaphraseWhenCommonWordsProposeNoPairs() {
    // Past Aligner.ALL_PAIRS_MAX sentences a side only rare shared stems and nearest neighbours by
    // cosine propose pairs; "council" is in every sentence here, so it proposes none.
    String[] topics = {
      "parking", "libraries", "bridges", "schools", "parks", "taxes", "buses", "water", "housing",
      "markets", "museums", "roads", "lighting", "bins", "trees"
    };
    List<String> pa = new ArrayList<>();
    List<String> pb = new ArrayList<>();
    for (int i = 0; i < 70; i++) {
      String topic = topics[i % topics.length];
      pa.add("The council discussed " + topic + " in session " + (i + 1) + ".");
      pb.add("Item " + (i + 101) + " of the council agenda covered " + topic + " budgets.");
    }
    pa.add(35, "The council fired the harbour master after the storm wrecked twelve fishing boats.");
    pb.add(20, "After a storm destroyed a dozen fishing vessels, the council dismissed its harbour chief.");
    AlignmentResult r = SEMANTIC.align(article("A", pa.toArray(String[]::new)), article("B", pb.toArray(String[]::new)));
    assertTrue(table(r).contains("36 | 21"), () -> table(r).toString());
  }
}
