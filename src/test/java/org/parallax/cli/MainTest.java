package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  static final String A = "samples/lavrov-north-korea/aggregator.txt";
  static final String B = "samples/lavrov-north-korea/globalresearch-rt.md";

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            args,
            new PrintWriter(out),
            new PrintWriter(err),
            new ByteArrayInputStream(new byte[0]));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void compareWritesThreeReportsAndASummary(@TempDir Path dir) throws IOException {
    Run r = run("compare", A, B, "-o", dir.toString());
    assertEquals(0, r.code(), r.err());
    for (String ext : new String[] {"json", "html", "md"}) {
      Path p = dir.resolve("aggregator-vs-globalresearch-rt." + ext);
      assertTrue(Files.size(p) > 0, p + " is empty");
    }
    assertTrue(r.out().contains("Verdict: "), r.out());
    assertEquals("", r.err());
  }

  @Test
  void sameInputGivesByteIdenticalReports(@TempDir Path dir) throws IOException {
    Path one = dir.resolve("one");
    Path two = dir.resolve("two");
    assertEquals(0, run("compare", A, B, "-o", one.toString()).code());
    assertEquals(0, run("compare", A, B, "-o", two.toString()).code());
    for (String ext : new String[] {"json", "html", "md"}) {
      String name = "aggregator-vs-globalresearch-rt." + ext;
      assertEquals(
          Files.readString(one.resolve(name)), Files.readString(two.resolve(name)), name);
    }
  }

  @Test
  void jsonToStandardOutputPrintsOnlyTheReport(@TempDir Path dir) {
    Run r = run("compare", A, B, "-o", dir.toString(), "--format", "json", "--json", "-");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("{"), r.out());
    assertFalse(r.out().contains("Verdict: "));
  }

  @Test
  void missingFileIsExitTwoWithOneLineAndNoReport(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    Run r = run("compare", A, "no/such/file.txt", "-o", out.toString());
    assertEquals(2, r.code());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("no/such/file.txt"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(Files.exists(out) && hasFiles(out), "a failed run left files behind");
  }

  @Test
  void outputFolderThatIsAFileIsExitTwoWithTheReason(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("taken"), "x");
    Run r = run("compare", A, B, "-o", file.toString());
    assertEquals(2, r.code());
    assertEquals(
        "parallax: cannot write reports to " + file + ": " + file + " is a file, not a folder",
        r.err().strip());
  }

  @Test
  void verboseShowsTheStackTrace() {
    Run r = run("compare", A, "no/such/file.txt", "--verbose");
    assertEquals(2, r.code());
    assertTrue(r.err().lines().count() > 1, r.err());
  }

  @Test
  void missingArgumentIsUsageError() {
    Run r = run("compare", A);
    assertEquals(2, r.code());
    assertTrue(r.err().contains("parallax: "), r.err());
  }

  @Test
  void unknownCommandIsUsageError() {
    assertEquals(2, run("frobnicate").code());
    assertEquals(2, run().code());
  }

  @Test
  void unknownFormatIsUsageError(@TempDir Path dir) {
    Run r = run("compare", A, B, "-o", dir.toString(), "--format", "pdf");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("pdf"), r.err());
  }

  @Test
  void inspectShowsMetadataAndSentences() {
    Run r = run("inspect", A);
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Sentences ("), r.out());
    assertTrue(r.out().contains("Lavrov"), r.out());
  }

  @Test
  void bothInputsFromStandardInputIsRefused() {
    Run r = run("compare", "-", "-");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("standard input"), r.err());
  }

  private static boolean hasFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isPresent();
    }
  }

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  @Test
  void evalMsrpFitWritesAWeightsFileAndRefusesLexicalMode(@TempDir Path dir) throws IOException {
    // Pairs written for this test in the MSRP layout (quality, two ids, two sentences).
    StringBuilder tsv = new StringBuilder("Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n");
    String[][] pairs = {
      {"1", "The mayor opened the new bridge on Monday.", "On Monday the mayor opened the new bridge."},
      {"0", "The mayor opened the new bridge on Monday.", "Farmers expect a poor harvest this year."},
      {"1", "Shares of the bank fell 5 percent.", "The bank's shares dropped 5 percent."},
      {"0", "Shares of the bank fell 5 percent.", "The museum will close for repairs in June."},
      {"1", "Police arrested two men after the robbery.", "Two men were arrested by police after the robbery."},
      {"0", "Police arrested two men after the robbery.", "The new stadium seats forty thousand fans."},
    };
    for (int i = 0; i < pairs.length; i++) {
      tsv.append(pairs[i][0]).append('\t').append(2 * i).append('\t').append(2 * i + 1).append('\t')
          .append(pairs[i][1]).append('\t').append(pairs[i][2]).append('\n');
    }
    Path file = dir.resolve("pairs.tsv");
    Files.writeString(file, tsv.toString());
    Path weights = dir.resolve("weights.tsv");

    Run lexical = run("eval", "msrp", file.toString(), "--fit", weights.toString(), "--no-semantic");
    assertEquals(2, lexical.code());
    assertTrue(lexical.err().contains("--fit needs the semantic model"), lexical.err());
    assertFalse(Files.exists(weights));

    Run r = run("eval", "msrp", file.toString(), "--fit", weights.toString());
    assertEquals(0, r.code(), r.err());
    String written = Files.readString(weights);
    assertTrue(written.startsWith("# "), written);
    for (String name : org.parallax.align.Aligner.paraphraseFeatureNames()) {
      assertTrue(written.contains(name), name + " missing from\n" + written);
    }
  }

  @Test
  void helpNamesASubcommand() {
    Run r = run("help", "compare");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Usage: parallax compare"), r.out());
    assertTrue(r.out().contains("--md-full"), r.out());
    assertFalse(r.err().contains("Missing required"), r.err());
  }

  @Test
  void aMistypedSubcommandGetsASuggestion() {
    Run r = run("comapre", A, B);
    assertEquals(Main.USAGE, r.code());
    assertTrue(r.err().contains("Did you mean: compare?"), r.err());
  }

  @Test
  void markdownIsShortUnlessAskedForTheLongForm(@TempDir Path dir) throws IOException {
    assertEquals(0, run("compare", A, B, "-o", dir.resolve("short").toString(), "--format", "md,html").code());
    assertEquals(0, run("compare", A, B, "-o", dir.resolve("long").toString(), "--md-full").code());
    String brief = Files.readString(dir.resolve("short").resolve("aggregator-vs-globalresearch-rt.md"));
    String full = Files.readString(dir.resolve("long").resolve("aggregator-vs-globalresearch-rt.md"));
    assertTrue(brief.length() <= org.parallax.report.MarkdownReport.SHORT_MAX_CHARS, "length " + brief.length());
    assertTrue(brief.contains("(aggregator-vs-globalresearch-rt.html#"), brief);
    assertFalse(brief.contains("### Framing"), brief);
    assertTrue(full.contains("### Framing"), full);
    assertTrue(full.length() > brief.length());
  }
}
