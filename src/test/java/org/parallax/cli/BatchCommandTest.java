package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {
  private static Path manifest(Path dir) throws IOException {
    Path samples = Path.of("samples/lavrov-north-korea").toAbsolutePath();
    String a = samples.resolve("aggregator.txt").toString();
    String b = samples.resolve("globalresearch-rt.md").toString();
    Path m = dir.resolve("pairs.csv");
    Files.writeString(
        m,
        "id,a,b\n"
            + "forward," + a + "," + b + "\n"
            + "missing," + a + ",does-not-exist.txt\n"
            + "\"back, and forth\"," + b + "," + a + "\n",
        StandardCharsets.UTF_8);
    return m;
  }

  @Test
  void recordsABadPairAndKeepsManifestOrder(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    MainTest.Run r = MainTest.run("batch", manifest(dir).toString(), "-o", out.toString());
    assertEquals(2, r.code(), "a pair with unusable input makes batch exit 2 (1 is only a failed check): " + r.err());
    List<String> lines = Files.readAllLines(out.resolve("summary.jsonl"));
    assertEquals(3, lines.size());
    assertTrue(lines.get(0).startsWith("{\"id\":\"forward\""), lines.get(0));
    assertTrue(lines.get(1).contains("\"status\":\"error\""), lines.get(1));
    assertTrue(lines.get(1).contains("does-not-exist.txt"), lines.get(1));
    assertTrue(lines.get(2).startsWith("{\"id\":\"back-and-forth\""), lines.get(2));
    String junit = Files.readString(out.resolve("junit.xml"));
    assertTrue(junit.contains("tests=\"3\" failures=\"0\" errors=\"1\""), junit);
    assertTrue(Files.exists(out.resolve("forward.json")));
    assertTrue(r.err().contains("missing: "), r.err());
  }

  @Test
  void failedConditionsBecomeJunitFailures(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    MainTest.Run r =
        MainTest.run("batch", manifest(dir).toString(), "-o", out.toString(), "--fail-on", "relatedness<1.01");
    assertEquals(2, r.code(), "an errored pair outranks failed checks");
    String junit = Files.readString(out.resolve("junit.xml"));
    assertTrue(junit.contains("failures=\"2\" errors=\"1\""), junit);
    assertTrue(junit.contains("<failure message=\"relatedness&lt;1.01: relatedness is"), junit);
  }

  @Test
  void outputDoesNotDependOnThreadCount(@TempDir Path dir) throws IOException {
    Path m = manifest(dir);
    MainTest.run("batch", m.toString(), "-o", dir.resolve("one").toString(), "--threads", "1");
    MainTest.run("batch", m.toString(), "-o", dir.resolve("two").toString(), "--threads", "2");
    for (String f : List.of("summary.jsonl", "junit.xml", "forward.json", "back-and-forth.json")) {
      assertEquals(
          withoutTimes(Files.readString(dir.resolve("one").resolve(f))),
          withoutTimes(Files.readString(dir.resolve("two").resolve(f))),
          f);
    }
  }

  /** Returns junit.xml without its time attributes, the one thing that changes from run to run. */
  private static String withoutTimes(String text) {
    return text.replaceAll(" time=\"[0-9]+\\.[0-9]{3}\"", "");
  }

  @Test
  void junitCasesCarryTheirTimeAndSummaryKeepsPathsAsWritten(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("out");
    Path samples = Path.of("samples/lavrov-north-korea").toAbsolutePath();
    Files.copy(samples.resolve("aggregator.txt"), dir.resolve("a.txt"));
    Files.copy(samples.resolve("globalresearch-rt.md"), dir.resolve("b.md"));
    Path m = dir.resolve("pairs.csv");
    Files.writeString(m, "id,a,b\np1,a.txt,b.md\n", StandardCharsets.UTF_8);
    MainTest.Run r = MainTest.run("batch", m.toString(), "-o", out.toString(), "--no-semantic");
    assertEquals(0, r.code(), r.err());
    String line = Files.readAllLines(out.resolve("summary.jsonl")).get(0);
    assertTrue(line.contains("\"a\":\"a.txt\",\"b\":\"b.md\""), line);
    String junit = Files.readString(out.resolve("junit.xml"));
    assertTrue(junit.matches("(?s).*<testcase classname=\"parallax.batch\" name=\"p1\" time=\"[0-9]+\\.[0-9]{3}\"/>.*"), junit);
    assertTrue(junit.matches("(?s).*<testsuite [^>]* time=\"[0-9]+\\.[0-9]{3}\">.*"), junit);
    assertTrue(r.out().contains("Compared 1 pair: 1 passed, 0 failed checks, 0 errors."), r.out());
  }

  @Test
  void progressShowsCountEtaAndCurrentPairFromTheStart() {
    java.io.StringWriter text = new java.io.StringWriter();
    long[] now = {0};
    BatchCommand.Progress p = new BatchCommand.Progress(new java.io.PrintWriter(text), 4, true, () -> now[0]);
    assertTrue(text.toString().contains("0/4 ETA --:--"), text.toString());
    p.start("first-pair");
    assertTrue(p.line().endsWith("0/4 ETA --:-- · first-pair"), p.line());
    now[0] = 10_000_000_000L;
    p.finish("first-pair", List.of("parallax: first-pair: check failed: unrelated"));
    assertTrue(text.toString().contains("\rparallax: first-pair: check failed: unrelated\n"), text.toString());
    assertTrue(p.line().endsWith("] 1/4 ETA 0:30"), p.line());
    p.start("second-pair");
    assertTrue(p.line().endsWith("] 1/4 ETA 0:30 · second-pair"), p.line());
    java.io.StringWriter quiet = new java.io.StringWriter();
    BatchCommand.Progress off = new BatchCommand.Progress(new java.io.PrintWriter(quiet), 4, false, () -> 0);
    off.start("x");
    off.finish("x", List.of("problem"));
    assertEquals("", quiet.toString(), "nothing without a terminal");
  }

  @Test
  void badManifestIsUsageError(@TempDir Path dir) throws IOException {
    Path m = dir.resolve("pairs.csv");
    Files.writeString(m, "name,left,right\nx,a,b\n");
    MainTest.Run r = MainTest.run("batch", m.toString(), "-o", dir.resolve("o").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("id,a,b"), r.err());
  }

  @Test
  void readsJsonLines(@TempDir Path dir) throws IOException {
    Path samples = Path.of("samples/lavrov-north-korea").toAbsolutePath();
    Path m = dir.resolve("pairs.jsonl");
    Files.writeString(
        m,
        "{\"id\": \"p1\", \"a\": \"" + samples.resolve("aggregator.txt") + "\", \"b\": \""
            + samples.resolve("globalresearch-rt.md") + "\"}\n");
    MainTest.Run r = MainTest.run("batch", m.toString(), "-o", dir.resolve("o").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Compared 1 pair: 1 passed"), r.out());
  }

  @Test
  void onlyFailedChecksExitOne(@TempDir Path dir) throws IOException {
    Path samples = Path.of("samples/lavrov-north-korea").toAbsolutePath();
    Path m = dir.resolve("pairs.csv");
    Files.writeString(
        m, "id,a,b\nforward," + samples.resolve("aggregator.txt") + "," + samples.resolve("globalresearch-rt.md") + "\n");
    MainTest.Run r =
        MainTest.run("batch", m.toString(), "-o", dir.resolve("o").toString(), "--no-semantic", "--fail-on", "relatedness<1.01");
    assertEquals(1, r.code(), r.err());
  }

  @Test
  void outputOntoTheManifestIsRefusedBeforeAnyPairRuns(@TempDir Path dir) throws IOException {
    Path samples = Path.of("samples/lavrov-north-korea").toAbsolutePath();
    Path m = dir.resolve("summary.jsonl");
    String text = "{\"id\": \"x\", \"a\": \"" + samples.resolve("aggregator.txt") + "\", \"b\": \"" + samples.resolve("globalresearch-rt.md") + "\"}\n";
    Files.writeString(m, text);
    MainTest.Run r = MainTest.run("batch", m.toString(), "-o", dir.toString(), "--no-semantic");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("is the input"), r.err());
    assertEquals(text, Files.readString(m), "the manifest is untouched");
  }
}
