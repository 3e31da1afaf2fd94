package org.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.eval.PanelScorer.JudgedAlignment;
import org.parallax.eval.PanelScorer.PairScore;

/** Fitting the calibrated alignment score on judged shown alignments (eval panel --fit-alignment-score). */
class PanelFitTest {
  private static final String REPORT = """
      {"articles": [
        {"label": "A", "title": "t", "sentences": [
          {"id": "A-s1", "text": "The council voted to close the park."},
          {"id": "A-s2", "text": "Critics slammed the decision."}], "quotes": []},
        {"label": "B", "title": "t", "sentences": [
          {"id": "B-s1", "text": "Councillors agreed to shut the park."},
          {"id": "B-s2", "text": "The mayor spoke."}], "quotes": []}],
       "alignments": [
         {"a": ["A-s1"], "b": ["B-s1"], "kind": "paraphrase", "score": 0.7, "confidence": 0.6},
         {"a": ["A-s2"], "b": ["B-s2"], "kind": "related", "score": 0.5, "confidence": 0.4}],
       "quoteMatches": [], "facts": [], "framing": [], "summary": {"verdict": "related"}}
      """;

  private static final String PANEL = """
      pair: x/a_1 | x/a_2
      event: same
      align | yes | council voted to close | agreed to shut the park
      align | not | critics slammed | the mayor spoke
      """;

  @Test
  void judgedAlignmentsKeepTheRowOfTheirReportAlignment() throws Exception {
    JsonNode report = new ObjectMapper().readTree(REPORT);
    double[][] features = {{0.9, 0.8, 0.7}, {0.1, 0.2, 0.3}};
    PairScore s = PanelScorer.score(PanelFile.parse(Path.of("x.panel"), "x01", PANEL), report, features);
    List<JudgedAlignment> j = s.judgedAlignments();
    assertEquals(2, j.size());
    assertTrue(j.get(0).right());
    assertEquals(0.9, j.get(0).features()[0]);
    assertEquals(false, j.get(1).right());
    assertEquals(0.3, j.get(1).features()[2]);
  }

  @Test
  void writesAWeightsFileThatRanksRightAboveWrong(@TempDir Path dir) throws IOException {
    List<JudgedAlignment> judged = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      boolean right = i % 3 != 0;
      double base = right ? 0.6 : 0.3;
      double noise = ((i * 37) % 11) / 40.0;
      judged.add(new JudgedAlignment(0.5, 0.5, "related", right,
          new double[] {base + noise, base - noise / 2, (i % 5) / 5.0}));
    }
    PanelEval.Result r = new PanelEval.Result(
        List.of(new PairScore("x01", java.util.Map.of(), List.of(), false, 0, judged, java.util.Map.of(), java.util.Map.of())), 1, 0);
    Path out = dir.resolve("w.tsv");
    StringWriter log = new StringWriter();
    PanelEval.fitAlignmentScore(r, "judged", out, new PrintWriter(log, true));
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    List<String> keys = lines.stream().filter(l -> !l.startsWith("#")).map(l -> l.split("\t")[0]).toList();
    assertEquals(List.of("intercept", "semantic", "lexical", "rareShared"), keys);
    double semantic = Double.parseDouble(lines.stream().filter(l -> l.startsWith("semantic\t")).findFirst()
        .orElseThrow().split("\t")[1]);
    assertTrue(semantic > 0, "the feature that separates right from wrong got weight " + semantic);
    assertTrue(log.toString().contains("fitted on 40 judged alignments"), log.toString());
  }

  @Test
  void refusesJudgmentsOfOneSideOnly(@TempDir Path dir) {
    List<JudgedAlignment> judged =
        List.of(new JudgedAlignment(0.5, 0.5, "related", true, new double[] {0.5, 0.5, 0.5}));
    PanelEval.Result r = new PanelEval.Result(
        List.of(new PairScore("x01", java.util.Map.of(), List.of(), false, 0, judged, java.util.Map.of(), java.util.Map.of())), 1, 0);
    assertThrows(IOException.class,
        () -> PanelEval.fitAlignmentScore(r, "judged", dir.resolve("w.tsv"), new PrintWriter(new StringWriter())));
  }
}
