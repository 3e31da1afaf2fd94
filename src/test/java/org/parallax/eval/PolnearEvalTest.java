package org.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolnearEvalTest {
  /** A PolNeAR-shaped article written for this test; the emoji checks code point offsets. */
  private static final String TEXT =
      "\"We will win,\" said Anna Berg. Berg thinks the vote is close \uD83C\uDF89.\n\n"
          + "Tom Baker said the plan had failed. He called it \u201Ca disaster for farmers.\u201D\n";

  /** Brat standoff with code point offsets, as PolNeAR's Python tools count them. */
  private static final String ANN =
      String.join(
          "\n",
          "T1\tContent 0 14\t\"We will win,\"",
          "T2\tCue 15 19\tsaid",
          "T3\tSource 20 29\tAnna Berg",
          "T4\tAttribution 15 19\tsaid",
          "E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3",
          "T5\tSource 31 35\tBerg",
          "T6\tCue 36 42\tthinks",
          "T7\tContent 43 60\tthe vote is close",
          "T8\tAttribution 36 42\tthinks",
          "E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7",
          "T9\tSource 65 74\tTom Baker",
          "T10\tCue 75 79\tsaid",
          "T11\tContent 80 99\tthe plan had failed",
          "T12\tAttribution 75 79\tsaid",
          "E3\tAttribution:T12 Source:T9 Cue:T10 Content:T11",
          "T13\tSource 101 103\tHe",
          "T14\tCue 104 110\tcalled",
          "T15\tContent 111 139\tit \u201Ca disaster for farmers.\u201D",
          "T16\tAttribution 104 110\tcalled",
          "E4\tAttribution:T16 Source:T13 Cue:T14 Content:T15",
          "");

  private static Path fixture(Path root) throws IOException {
    Path dev = root.resolve("dev");
    Files.createDirectories(dev.resolve("text"));
    Files.createDirectories(dev.resolve("attributions"));
    Files.writeString(dev.resolve("text/usa-today_2016-10-01_test.txt"), TEXT, StandardCharsets.UTF_8);
    Files.writeString(dev.resolve("attributions/usa-today_2016-10-01_test_aaaa.ann"), ANN, StandardCharsets.UTF_8);
    // A second annotator sorts later and must be ignored.
    Files.writeString(dev.resolve("attributions/usa-today_2016-10-01_test_zzzz.ann"), "T1\tContent 0 3\tx\n", StandardCharsets.UTF_8);
    return root;
  }

  @Test
  void scoresQuotesSpeakersAndCues(@TempDir Path tmp) throws IOException {
    PolnearEval.Result r = PolnearEval.evaluate(fixture(tmp), null);
    assertEquals(1, r.articles());
    assertEquals(2, r.gold());
    assertEquals(2, r.indirect());
    assertEquals(2, r.predicted());
    assertEquals(2, r.goldHits());
    assertEquals(2, r.exact());
    assertEquals(1.0, r.f1());
    // Only "Anna Berg" is a named source; "He" is left out of speaker accuracy.
    assertEquals(1, r.speakerTotal());
    assertEquals(1, r.speakerCorrect());
    assertEquals(2, r.cueTotal());
    assertEquals(2, r.cueCorrect());
    StringWriter out = new StringWriter();
    PolnearEval.print(r, new PrintWriter(out));
    assertTrue(out.toString().contains("overlap P/R/F1      1.000 / 1.000 / 1.000"), out::toString);
  }

  @Test
  void acceptsTheSplitFolderItself(@TempDir Path tmp) throws IOException {
    PolnearEval.Result r = PolnearEval.evaluate(fixture(tmp).resolve("dev"), new PrintWriter(new StringWriter()));
    assertEquals(1, r.articles());
  }

  @Test
  void failsOnAFolderWithoutText(@TempDir Path tmp) {
    assertThrows(IOException.class, () -> PolnearEval.evaluate(tmp, null));
  }

  @Test
  void readsHeadNamesAndCues() {
    assertEquals("cummings", PolnearEval.headName("Rep. Elijah Cummings of Maryland, the panel's ranking Democrat"));
    assertEquals("kerry", PolnearEval.headName("Secretary of State John F. Kerry"));
    assertEquals("pruitt", PolnearEval.headName("Scott Pruitt, the Republican attorney general of Oklahoma,"));
    assertNull(PolnearEval.headName("He"));
    assertNull(PolnearEval.headName("the California congressman"));
    assertTrue(PolnearEval.cueMatches("told", "told journalists"));
    assertTrue(PolnearEval.cueMatches("said in a statement", "said"));
    assertFalse(PolnearEval.cueMatches("said", "warned"));
  }

  @Test
  void runsOnTheDevSplitWhenPresent() throws IOException {
    Path dev = Path.of("/work/shared/datasets/polnear-dev/dev");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(dev.resolve("text")));
    PolnearEval.Result r = PolnearEval.evaluate(dev, null);
    assertTrue(r.f1() >= 0.85, () -> "overlap F1 " + r.f1());
    assertTrue(r.speakerAccuracy() >= 0.80, () -> "speaker accuracy " + r.speakerAccuracy());
  }
}
