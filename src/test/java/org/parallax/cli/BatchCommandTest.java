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
          Files.readString(dir.resolve("one").resolve(f)),
          Files.readString(dir.resolve("two").resolve(f)),
          f);
    }
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
    assertTrue(r.out().contains("Compared 1 pairs: 1 passed"), r.out());
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
