package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 20: {@code --fail-on framing-flags>N} counts the flags reports show by default; {@code framing-flags-all} counts all. */
class FailOnFramingTest {
  @Test
  void framingFlagsCountsOnlyTheShownFlagsAndFramingFlagsAllCountsEvery(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("r.json");
    MainTest.Run first = MainTest.run("compare", MainTest.A, MainTest.B, "--no-semantic", "--json", json.toString(), "-o",
        dir.resolve("out").toString());
    assertEquals(0, first.code(), first.err());
    JsonNode flags = new ObjectMapper().readTree(json.toFile()).path("framing");
    int all = flags.size();
    int shown = 0;
    for (JsonNode f : flags) {
      shown += f.path("shownByDefault").asBoolean() ? 1 : 0;
    }
    assertTrue(shown > 0 && shown < all, "the sample pair has flags of both sorts: " + shown + " of " + all);

    MainTest.Run atShown = fail(dir, "framing-flags>" + shown);
    assertEquals(0, atShown.code(), atShown.err());
    MainTest.Run belowShown = fail(dir, "framing-flags>" + (shown - 1));
    assertEquals(1, belowShown.code(), belowShown.err());
    assertTrue(belowShown.err().contains("framing-flags>" + (shown - 1) + ": framing-flags is " + shown),
        belowShown.err());

    MainTest.Run allAtShown = fail(dir, "framing-flags-all>" + shown);
    assertEquals(1, allAtShown.code(), allAtShown.err());
    assertTrue(allAtShown.err().contains("framing-flags-all is " + all), allAtShown.err());
    MainTest.Run allAtAll = fail(dir, "framing-flags-all>" + all);
    assertEquals(0, allAtAll.code(), allAtAll.err());
  }

  private static MainTest.Run fail(Path dir, String condition) {
    return MainTest.run("compare", MainTest.A, MainTest.B, "--no-semantic", "-o", dir.resolve("o").toString(),
        "--fail-on", condition);
  }
}
