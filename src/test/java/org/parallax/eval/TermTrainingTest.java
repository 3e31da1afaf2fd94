package org.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.framing.FramingAnalyzer;
import org.parallax.framing.TermModel;

class TermTrainingTest {
  @Test
  void wordWeightIsZeroUnseenAndSignedBySeenRate() {
    assertEquals(0.0, TermTraining.lemmaValue(0, 0, 0.01), 1e-12);
    assertTrue(TermTraining.lemmaValue(10, 5, 0.01) > 2);
    assertTrue(TermTraining.lemmaValue(200, 0, 0.01) < -2);
    // few sightings move the weight less than many
    assertTrue(TermTraining.lemmaValue(2, 1, 0.01) < TermTraining.lemmaValue(20, 10, 0.01));
  }

  @Test
  void wordLoadedOnlyInOneEventTeachesNothingAboutItsOwnEvent() {
    // event e1: "slam" always loaded; events e2..e4: "slam" never seen, "plan" never loaded
    List<TermTraining.Doc> docs = new ArrayList<>();
    docs.add(doc("e1", List.of("slam", "slam", "plan"), new boolean[] {true, true, false}));
    for (String e : List.of("e2", "e3", "e4")) {
      docs.add(doc(e, List.of("plan", "plan", "vote"), new boolean[] {false, false, true}));
    }
    Map<String, Double> table = TermTraining.lemmaTable(docs);
    assertTrue(table.get("slam") > 0, table.toString());
    assertTrue(table.get("plan") < 0, table.toString());
    List<List<Double>> x = TermTraining.trainingVectors(docs);
    int w = TermModel.featureNames().indexOf(TermModel.LEMMA_FEATURE);
    // e1's "slam" was seen in no other event: weight 0, not its own loaded rate
    assertEquals(0.0, x.get(0).get(w), 1e-12);
    assertEquals(0.0, x.get(1).get(w), 1e-12);
    // e2's "vote" learns from e3 and e4 only, and "plan" from e1, e3 and e4
    assertTrue(x.get(5).get(w) > 0, x.toString());
    assertTrue(x.get(3).get(w) < 0, x.toString());
    TermModel m = TermTraining.fit(docs, 100);
    assertEquals(table, m.lemmas());
  }

  @Test
  void largerBudgetsReuseEachFoldsModelAndBuyRecallWithFlags() {
    // ten events of ten sentences; each sentence has one "slam" (a news-loaded lexicon word, loaded in
    // every other sentence) and two plain words never loaded
    int lexicon = TermModel.featureNames().indexOf("news-loaded");
    List<TermTraining.Doc> docs = new ArrayList<>();
    for (int e = 0; e < 10; e++) {
      List<FramingAnalyzer.TermCandidate> cands = new ArrayList<>();
      List<Boolean> loaded = new ArrayList<>();
      List<TermTraining.Gold> gold = new ArrayList<>();
      for (int s = 0; s < 10; s++) {
        for (String w : List.of("slam", "plan", "vote")) {
          int at = cands.size() * 10;
          List<Double> f = new ArrayList<>(Collections.nCopies(TermModel.featureNames().size(), 0.0));
          f.set(lexicon, w.equals("slam") ? 1.0 : 0.0);
          cands.add(new FramingAnalyzer.TermCandidate("e" + e + "-s" + s, at, at + 4, w, w, "model:loaded-term", false,
              false, f, 0));
          boolean isLoaded = w.equals("slam") && s % 2 == 0;
          loaded.add(isLoaded);
          if (isLoaded) {
            gold.add(new TermTraining.Gold(at, at + 4, false));
          }
        }
      }
      boolean[] y = new boolean[loaded.size()];
      for (int i = 0; i < y.length; i++) {
        y[i] = loaded.get(i);
      }
      docs.add(new TermTraining.Doc("e" + e, 10, cands, y, gold));
    }
    java.io.StringWriter text = new java.io.StringWriter();
    List<TermTraining.Figures> f =
        TermTraining.crossValidate(docs, 5, 5, List.of(100.0), new java.io.PrintWriter(text, true));
    assertEquals(2, f.size());
    // 5 flags per 100 sentences cannot take one "slam" a sentence: nothing is flagged
    assertEquals(0, f.get(0).flags(), text.toString());
    // 100 flags per 100 sentences takes every "slam" and no plain word: every span, one flag a sentence
    assertEquals(50, f.get(1).spans());
    assertEquals(50, f.get(1).found(), text.toString());
    assertEquals(100, f.get(1).flags(), text.toString());
    assertTrue(text.toString().contains("threshold chosen on training folds for 100.0 flags/100: recall 1.000"),
        text.toString());
  }

  private static TermTraining.Doc doc(String triple, List<String> words, boolean[] loaded) {
    List<FramingAnalyzer.TermCandidate> cands = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      List<Double> f = new ArrayList<>(Collections.nCopies(TermModel.featureNames().size(), 0.0));
      cands.add(new FramingAnalyzer.TermCandidate(
          triple + "-s" + (i + 1), i * 10, i * 10 + 4, words.get(i), words.get(i), "model:loaded-term", false, false, f, 0));
    }
    return new TermTraining.Doc(triple, words.size(), cands, loaded, List.of());
  }
}
