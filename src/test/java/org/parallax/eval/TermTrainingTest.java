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
