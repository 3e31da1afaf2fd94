package org.parallax.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.text.Article;

class TermModelTest {
  private final FramingAnalyzer analyzer = new FramingAnalyzer();

  @Test
  void shippedWeightsLoadForEveryFeature() {
    TermModel m = TermModel.shipped();
    assertEquals(TermModel.featureNames(), m.features());
    assertTrue(m.threshold() > 0 && m.threshold() < 1, "threshold " + m.threshold());
    assertTrue(m.weights().get(m.features().indexOf("news-loaded")) > 0, m.toString());
  }

  @Test
  void weightsFileRoundTripsAndRejectsUnknownFeatures() {
    TermModel m = TermModel.shipped();
    TermModel back = TermModel.read(m.write("test header"));
    assertEquals(m.threshold(), back.threshold(), 1e-6);
    for (int i = 0; i < m.weights().size(); i++) {
      assertEquals(m.weights().get(i), back.weights().get(i), 1e-6);
    }
    assertThrows(IllegalArgumentException.class, () -> TermModel.read("no-such-feature\t1.0\n"));
  }

  @Test
  void loadedWordScoresAboveNeutralWord() {
    Article a = FramingAnalyzerTest.article("A", "T", "The senator viciously attacked the plan on Tuesday.");
    List<FramingAnalyzer.TermCandidate> cands = analyzer.termCandidates(a, List.of());
    double loaded = score(cands, "viciously");
    double neutral = score(cands, "Tuesday".toLowerCase(java.util.Locale.ROOT));
    double plan = score(cands, "plan");
    assertTrue(loaded > plan, cands.toString());
    assertTrue(Double.isNaN(neutral), "a calendar name is a proper name, not a candidate");
    assertTrue(loaded >= TermModel.shipped().threshold(), cands.toString());
    assertTrue(plan < TermModel.shipped().threshold(), cands.toString());
  }

  @Test
  void speakerQuoteIsFlaggedAsQuotedButScareQuoteIsNot() {
    Article a = FramingAnalyzerTest.article(
        "A", "T", "Smith said: \"They slammed the door on every decent family in this town.\"");
    List<FramingFlag> flags = analyzer.loadedTerms(a, List.of());
    FramingFlag f = flags.stream().filter(x -> x.terms().contains("slammed")).findFirst().orElseThrow();
    assertTrue(f.rule().endsWith(":quoted"), f.toString());
    assertTrue(f.note().contains("the speaker's word, not A's"), f.note());
    Article b = FramingAnalyzerTest.article("B", "T", "The mayor called the plan a \"brutal slam\" of workers.");
    assertFalse(analyzer.loadedTerms(b, List.of()).stream().anyMatch(x -> x.terms().contains("brutal")));
  }

  @Test
  void fittingIsDeterministicAndLearnsTheSignal() {
    List<List<Double>> x = new ArrayList<>();
    List<Boolean> y = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      boolean pos = i % 5 == 0;
      x.add(List.of(pos ? 1.0 : 0.0, (i % 3) / 2.0));
      y.add(pos);
    }
    TermModel a = TermModel.fit(x, y, 1e-4, 300);
    TermModel b = TermModel.fit(x, y, 1e-4, 300);
    assertEquals(a, b);
    assertTrue(a.weights().get(0) > 1.0, a.toString());
    assertTrue(Math.abs(a.weights().get(1)) < a.weights().get(0), a.toString());
    assertTrue(a.score(List.of(1.0, 0.0)) > a.score(List.of(0.0, 0.0)));
  }

  private static double score(List<FramingAnalyzer.TermCandidate> cands, String text) {
    return cands.stream().filter(c -> c.text().equalsIgnoreCase(text)).mapToDouble(FramingAnalyzer.TermCandidate::score)
        .findFirst().orElse(Double.NaN);
  }
}
