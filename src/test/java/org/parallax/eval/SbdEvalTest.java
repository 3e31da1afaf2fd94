package org.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SbdEvalTest {
  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(SbdEvalTest.class.getResource(name).toURI());
  }

  @Test
  void scoresTheRulesFormatComparingTrimmedCollapsedText() throws Exception {
    SbdEval.Result r = SbdEval.evaluate(fixture("rules-format.json"));
    assertEquals(2, r.passed());
    assertEquals(1, r.failed());
    SbdEval.Failure f = r.failures().get(0);
    assertEquals("3", f.id());
    assertEquals("One sentence. Two sentences.", f.input());
    assertEquals(List.of("One sentence. Two sentences."), f.expected());
    assertEquals(List.of("One sentence.", "Two sentences."), f.actual());
  }

  @Test
  void scoresTheCasesFormatWithNameOrIssueAsId() throws Exception {
    SbdEval.Result r = SbdEval.evaluate(fixture("cases-format.json"));
    assertEquals(1, r.passed());
    assertEquals(1, r.failed());
    assertEquals("#7 (case 2)", r.failures().get(0).id());
  }

  @Test
  void printsFailuresWhenVerboseAndAlwaysTheSummaryLast() throws Exception {
    SbdEval.Result r = SbdEval.evaluate(fixture("rules-format.json"));
    StringWriter verbose = new StringWriter();
    SbdEval.print(r, new PrintWriter(verbose), true);
    String[] lines = verbose.toString().split("\\R");
    assertEquals("FAIL 3", lines[0]);
    assertTrue(verbose.toString().contains("  actual:   Two sentences."));
    assertEquals("2 passed, 1 failed", lines[lines.length - 1]);

    StringWriter quiet = new StringWriter();
    SbdEval.print(r, new PrintWriter(quiet), false);
    assertEquals("2 passed, 1 failed", quiet.toString().strip());
  }

  @Test
  void malformedJsonNamesTheFile() throws Exception {
    Path file = fixture("malformed.json");
    IOException e = assertThrows(IOException.class, () -> SbdEval.evaluate(file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("malformed JSON"), e.getMessage());
  }

  @Test
  void missingFieldsNameTheFileAndCase() throws Exception {
    Path file = fixture("missing-expected.json");
    IOException e = assertThrows(IOException.class, () -> SbdEval.evaluate(file));
    assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("case 1"), e.getMessage());
  }

  @Test
  void rejectsJsonWithoutRulesOrCases(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path file = dir.resolve("other.json");
    Files.writeString(file, "{\"items\": []}");
    IOException e = assertThrows(IOException.class, () -> SbdEval.evaluate(file));
    assertTrue(e.getMessage().contains("\"rules\" or \"cases\""), e.getMessage());
  }

  @Test
  void comparesWithWhitespaceCollapsed() {
    assertTrue(SbdEval.same(List.of(" a  b\n c "), List.of("a b c")));
    assertFalse(SbdEval.same(List.of("a b"), List.of("a", "b")));
  }

  /** Scores the splitter on the pySBD golden rules when the shared data set is present. */
  @Test
  void pysbdGoldenRulesWhenAvailable() throws Exception {
    Path golden = Path.of("../../shared/datasets/sbd/pysbd_golden_rules_en.json");
    if (!Files.isRegularFile(golden)) {
      golden = Path.of("/work/shared/datasets/sbd/pysbd_golden_rules_en.json");
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(golden), "shared data set absent");
    SbdEval.Result r = SbdEval.evaluate(golden);
    PrintWriter out = new PrintWriter(System.out);
    out.println("pySBD golden rules:");
    SbdEval.print(r, out, true);
    assertTrue(r.passed() >= 46, "golden rules passed: " + r.passed());
  }
}
