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
  void learnedWordWeightsRoundTripAndFeedTheirFeature() {
    TermModel m = new TermModel(TermModel.featureNames(), java.util.Collections.nCopies(TermModel.featureNames().size(), 0.0),
        0, 0.5, java.util.Map.of("slam", 2.5, "said", -1.25, "cry foul", 1.0));
    TermModel back = TermModel.read(m.write("h"));
    assertEquals(m.lemmas(), back.lemmas());
    assertEquals(2.5, back.lemmaPrior("slam"), 1e-9);
    assertEquals(0.0, back.lemmaPrior("unseen"), 1e-9);
    assertThrows(IllegalArgumentException.class, () -> TermModel.read("word\tslam\n"));
    assertThrows(IllegalArgumentException.class,
        () -> m.withLemmas(java.util.Map.of("x", Double.NaN)));
    // the analyzer fills the word feature from the model's table
    List<Double> w = new ArrayList<>(java.util.Collections.nCopies(TermModel.featureNames().size(), 0.0));
    w.set(TermModel.featureNames().indexOf(TermModel.LEMMA_FEATURE), 1.0);
    FramingAnalyzer fa = new FramingAnalyzer(new TermModel(TermModel.featureNames(), w, 0, 0.6, java.util.Map.of("slam", 3.0)));
    Article a = FramingAnalyzerTest.article("A", "T", "Critics slam the plan.");
    FramingAnalyzer.TermCandidate slam = fa.termCandidates(a, List.of()).stream()
        .filter(c -> c.text().equals("slam")).findFirst().orElseThrow();
    assertEquals(3.0, slam.features().get(TermModel.featureNames().indexOf(TermModel.LEMMA_FEATURE)), 1e-9);
    assertTrue(slam.score() > 0.9, slam.toString());
    // one flag, grown from "slam" over neighbours that reach half the threshold (every unseen word scores 0.5 here)
    List<FramingFlag> flags = fa.loadedTerms(a, List.of());
    assertEquals(1, flags.size(), flags.toString());
    assertTrue(flags.get(0).terms().get(0).contains("slam"), flags.toString());
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
