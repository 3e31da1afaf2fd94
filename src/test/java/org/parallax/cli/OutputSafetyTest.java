package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16: a run never overwrites its inputs, never leaves part of its reports, and escapes what it prints. */
class OutputSafetyTest {
  private static final String A = MainTest.A;
  private static final String B = MainTest.B;

  private static long files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).count();
    }
  }

  @Test
  void jsonOntoAnInputIsRefused(@TempDir Path dir) throws IOException {
    Path a = dir.resolve("a.txt");
    Files.copy(Path.of(A), a);
    MainTest.Run r = MainTest.run("compare", a.toString(), B, "--json", a.toString(), "-o", dir.resolve("out").toString(), "--no-semantic");
    assertEquals(2, r.code(), r.err());
    assertEquals("parallax: --json: " + a + " is the input " + a + "; refusing to overwrite it\n", r.err());
    assertEquals(Files.readString(Path.of(A)), Files.readString(a), "the input is untouched");
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void reportNamedLikeAnInputIsRefused(@TempDir Path dir) throws IOException {
    Path x = dir.resolve("x.md");
    Files.copy(Path.of(B), x);
    MainTest.Run r = MainTest.run("compare", A, x.toString(), "--name", "x", "-o", dir.toString(), "--no-semantic");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("is the input " + x + "; refusing to overwrite it"), r.err());
    assertEquals(1, files(dir), "nothing written besides the input");
  }

  @Test
  void jsonToAFolderWritesNothing(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectory(dir.resolve("folder"));
    MainTest.Run r = MainTest.run("compare", A, B, "--json", folder.toString(), "-o", dir.resolve("out").toString(), "--no-semantic");
    assertEquals(2, r.code(), r.err());
    assertEquals("parallax: --json: " + folder + " is a folder, not a file\n", r.err());
    assertEquals(0, files(dir));
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @ParameterizedTest
  @ValueSource(strings = {",,,", "", " ", " , "})
  void failOnWithNoConditionIsAnError(String value) {
    MainTest.Run r = MainTest.run("compare", A, B, "--fail-on", value, "--no-semantic");
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().startsWith("parallax: --fail-on: no condition given; "), r.err());
  }

  @Test
  void emptyPartsBetweenConditionsAreSkipped(@TempDir Path dir) {
    MainTest.Run r =
        MainTest.run("compare", A, B, "--fail-on", "unrelated,,conflicts>99", "--no-semantic", "-o", dir.toString(), "--format", "json", "--json", "-");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("\"schemaVersion\""), "the JSON report on standard output");
  }

  @Test
  void controlCharactersFromInputsAreEscaped() {
    MainTest.Run r = MainTest.run("compare", "x\u001b]0;t\u0007\u202e.txt", B, "--no-semantic");
    assertEquals(2, r.code());
    assertEquals("parallax: x\\x1b]0;t\\x07\\u202e.txt: no such file\n", r.err());
  }

  @Test
  void terminalEscapesKeepPlainTextAndLineEnds() {
    assertEquals("Caf\u00e9 \u201cquoted\u201d", Terminal.line("Caf\u00e9 \u201cquoted\u201d"));
    assertEquals("a\\x0ab\\u2066c\\x9b", Terminal.line("a\nb\u2066c\u009b"));
    assertEquals("a\nb\\x1b", Terminal.text("a\nb\u001b"));
  }
}
