package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same pair gives byte-identical reports from compare and from batch, whatever the thread count. */
class DeterminismTest {
  @Test
  void compareAndBatchWithOneOrTwoThreadsWriteTheSameBytes(@TempDir Path dir) throws IOException {
    String a = Path.of(MainTest.A).toAbsolutePath().toString();
    String b = Path.of(MainTest.B).toAbsolutePath().toString();
    MainTest.Run c = MainTest.run("compare", a, b, "-o", dir.resolve("single").toString(), "--name", "forward");
    assertEquals(Main.OK, c.code(), c.err());
    Path manifest = dir.resolve("pairs.csv");
    Files.writeString(
        manifest,
        "id,a,b\nforward," + a + "," + b + "\nbackward," + b + "," + a + "\nagain," + a + "," + b + "\n",
        StandardCharsets.UTF_8);
    for (String threads : new String[] {"1", "2"}) {
      Path out = dir.resolve("batch" + threads);
      MainTest.Run r =
          MainTest.run("batch", manifest.toString(), "-o", out.toString(), "--threads", threads, "--format", "json,html,md");
      assertEquals(Main.OK, r.code(), r.err());
    }
    for (String ext : new String[] {"json", "html", "md"}) {
      byte[] single = Files.readAllBytes(dir.resolve("single/forward." + ext));
      for (String threads : new String[] {"1", "2"}) {
        Path out = dir.resolve("batch" + threads);
        assertArrayEquals(single, Files.readAllBytes(out.resolve("forward." + ext)), "compare vs batch --threads " + threads + ", " + ext);
        // the Markdown links to its own HTML report, whose name is the pair's id
        String again = Files.readString(out.resolve("again." + ext), StandardCharsets.UTF_8);
        if (ext.equals("md")) {
          again = again.replace("](again.html", "](forward.html");
        }
        assertArrayEquals(single, again.getBytes(StandardCharsets.UTF_8), "repeat in one batch, " + ext);
      }
      assertArrayEquals(
          Files.readAllBytes(dir.resolve("batch1/backward." + ext)),
          Files.readAllBytes(dir.resolve("batch2/backward." + ext)),
          "backward, 1 vs 2 threads, " + ext);
    }
    assertArrayEquals(
        Files.readAllBytes(dir.resolve("batch1/summary.jsonl")), Files.readAllBytes(dir.resolve("batch2/summary.jsonl")));
  }
}
