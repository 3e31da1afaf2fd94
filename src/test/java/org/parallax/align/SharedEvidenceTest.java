package org.parallax.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What two sentences share beyond their subject; all sentences written for these tests. */
class SharedEvidenceTest {
  private static SharedEvidence of(String a, String b, int sentencesWithEachStem) {
    return SharedEvidence.of(SentenceFeatures.of(a), SentenceFeatures.of(b), s -> sentencesWithEachStem);
  }

  @Test
  void sentencesThatShareOnlyTheirPeopleShareNoContent() {
    SharedEvidence e =
        of("On Monday Governor Ana Ruiz praised Mayor Tom Berg.", "Later Governor Ana Ruiz fired Mayor Tom Berg.", 5);
    assertEquals(0, e.nonNameStems());
    assertEquals(0, e.numbers());
  }

  @Test
  void aNameNoOtherSentenceHasCountsAsContent() {
    String a = "Later Ruiz studied at Cornell and Oxford.";
    String b = "Before politics Ruiz went to Cornell, then to Oxford.";
    assertEquals(0, of(a, b, 5).nonNameStems());
    assertEquals(3, of(a, b, 2).nonNameStems()); // Ruiz, Cornell and Oxford are in these two sentences only
  }

  @Test
  void theLongestSharedRunCountsItsContentWordsAndThoseThatAreNotNames() {
    SharedEvidence e = of("\"I will not resign,\" said Mr. Berg.", "\"I will not resign,\" he told the council.", 5);
    assertEquals(4, e.run());
    assertEquals(1, e.runContent());
    assertEquals(1, e.runNonName());
  }

  @Test
  void sharedFiguresAreCounted() {
    SharedEvidence e = of("The bill passed 234-193 on Friday after 12 hours.", "Lawmakers voted 234-193 for the bill.", 5);
    assertEquals(1, e.numbers());
  }
}
