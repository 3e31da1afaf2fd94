package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs the real launcher ({@code ./parallax}) and the real jar ({@code java -jar target/parallax.jar})
 * as child processes, the way users and CI do, and checks what only a real process shows: the exit
 * code after the JVM has shut down (native libraries, shutdown hooks), what lands on standard output
 * and standard error, and the files left behind (crash reports, partial reports, temporary files).
 *
 * <p>Runs after {@code package} (failsafe). The cases prone to races at exit run {@code
 * -Dparallax.it.repeats} times (default 20), the others {@code -Dparallax.it.few} times (default 3);
 * repeats run two at a time.
 */
class ProcessIT {
  /** How a case is started. */
  enum Runner {
    LAUNCHER,
    JAR
  }

  private static final Path BASE = Path.of("").toAbsolutePath();
  private static final Path A = BASE.resolve("samples/lavrov-north-korea/aggregator.txt");
  private static final Path B = BASE.resolve("samples/lavrov-north-korea/globalresearch-rt.md");
  private static final int REPEATS = Integer.getInteger("parallax.it.repeats", 20);
  private static final int FEW = Integer.getInteger("parallax.it.few", 3);
  private static ExecutorService pool;
  private static Path home;

  /** What one run of the process did. */
  record Result(int code, String out, String err, Set<String> files) {
    /** The lines of standard error. */
    List<String> errLines() {
      return err.isEmpty() ? List.of() : List.of(err.split("\n", -1)).subList(0, err.split("\n", -1).length - (err.endsWith("\n") ? 1 : 0));
    }
  }

  @BeforeAll
  static synchronized void start() throws IOException {
    if (pool != null && !pool.isShutdown()) {
      return;
    }
    assertTrue(Files.isRegularFile(BASE.resolve("target/parallax.jar")), "run after package: target/parallax.jar is missing");
    pool = Executors.newFixedThreadPool(2);
    home = Files.createTempDirectory("parallax-it-home");
  }

  @AfterAll
  static void stop() throws IOException {
    pool.shutdownNow();
    deleteTree(home);
  }

  /** Runs {@code args} in a fresh folder holding {@code files} (name → content) and returns what happened. */
  static Result run(Runner runner, Map<String, String> files, Consumer<Path> setUp, String... args) throws Exception {
    return run(runner, files, setUp, Map.of(), args);
  }

  /** Runs {@code args} as {@link #run(Runner, Map, Consumer, String...)} does, with {@code env} added to the environment. */
  static Result run(Runner runner, Map<String, String> files, Consumer<Path> setUp, Map<String, String> env, String... args)
      throws Exception {
    Path dir = Files.createTempDirectory("parallax-it");
    try {
      for (Map.Entry<String, String> f : files.entrySet()) {
        Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
      }
      setUp.accept(dir);
      Set<String> before = listing(dir);
      // The launcher's PARALLAX_JAVA_OPTS, given to the jar's JVM directly.
      List<String> cmd =
          command(runner, List.of(env.getOrDefault("PARALLAX_JAVA_OPTS", "").split(" ")).stream().filter(o -> !o.isEmpty()).toList(), args);
      ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
      pb.environment().put("HOME", home.toString());
      pb.environment().putAll(env);
      Path out = Files.createTempFile("parallax-it", ".out");
      Path err = Files.createTempFile("parallax-it", ".err");
      pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
      Process p = pb.start();
      if (!p.waitFor(180, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        fail("timed out: " + cmd);
      }
      Set<String> after = listing(dir);
      after.removeAll(before);
      Result r =
          new Result(
              p.exitValue(),
              Files.readString(out, StandardCharsets.UTF_8),
              Files.readString(err, StandardCharsets.UTF_8),
              after);
      Files.delete(out);
      Files.delete(err);
      return r;
    } finally {
      deleteTree(dir);
    }
  }

  /** The command line that runs {@code args} through the launcher or the jar (its JVM given {@code jvmOptions}). */
  static List<String> command(Runner runner, List<String> jvmOptions, String... args) {
    List<String> cmd = new ArrayList<>();
    if (runner == Runner.LAUNCHER) {
      cmd.add(BASE.resolve("parallax").toString());
    } else {
      cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      cmd.addAll(jvmOptions);
      cmd.add("-jar");
      cmd.add(BASE.resolve("target/parallax.jar").toString());
    }
    cmd.addAll(List.of(args));
    return cmd;
  }

  /** Runs a case {@code n} times, two at a time, and checks each result. */
  static void repeat(int n, Runner runner, Map<String, String> files, Consumer<Path> setUp, Consumer<Result> check, String... args)
      throws Exception {
    repeat(n, runner, files, setUp, Map.of(), check, args);
  }

  /** Runs a case {@code n} times with {@code env} added to the environment, two at a time, and checks each result. */
  static void repeat(int n, Runner runner, Map<String, String> files, Consumer<Path> setUp, Map<String, String> env,
      Consumer<Result> check, String... args) throws Exception {
    List<Future<Result>> runs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      runs.add(pool.submit(() -> run(runner, files, setUp, env, args)));
    }
    for (int i = 0; i < n; i++) {
      Result r = runs.get(i).get();
      try {
        check.accept(r);
      } catch (AssertionError e) {
        throw new AssertionError(runner + " run " + (i + 1) + "/" + n + " of " + List.of(args) + ": " + e.getMessage()
            + "\nexit " + r.code() + "\nstdout: " + clip(r.out()) + "\nstderr: " + clip(r.err()), e);
      }
    }
  }

  /** Checks a refused run: exit 2, one line on standard error starting "parallax: " and containing {@code text}, nothing else. */
  static Consumer<Result> refused(String text) {
    return r -> {
      assertEquals(2, r.code(), "exit code");
      assertEquals("", r.out(), "standard output");
      assertEquals(1, r.errLines().size(), "standard error must be one line");
      assertTrue(r.err().startsWith("parallax: "), "standard error starts with 'parallax: '");
      assertTrue(r.err().contains(text), "standard error names: " + text);
      assertEquals(Set.of(), r.files(), "files left in the working folder");
    };
  }

  private static final Map<String, String> NONE = Map.of();
  private static final Consumer<Path> NOTHING = d -> {};

  // ---- cases from issue 16, part 1: exits that raced ONNX Runtime's session creation ----

  @ParameterizedTest
  @EnumSource(Runner.class)
  void misspelledFailOnCondition(Runner runner) throws Exception {
    repeat(REPEATS, runner, NONE, NOTHING, refused("unknown condition 'unrelatd'"),
        "compare", A.toString(), B.toString(), "--fail-on", "unrelatd");
  }

  @ParameterizedTest
  @EnumSource(Runner.class)
  void emptyInput(Runner runner) throws Exception {
    repeat(REPEATS, runner, Map.of("empty.txt", ""), NOTHING, refused("empty.txt: empty input (0 bytes)"),
        "compare", "empty.txt", A.toString());
  }

  @ParameterizedTest
  @EnumSource(Runner.class)
  void missingManifest(Runner runner) throws Exception {
    repeat(REPEATS, runner, NONE, NOTHING, refused("nonexistent.csv: no such file"), "batch", "nonexistent.csv");
  }

  @ParameterizedTest
  @EnumSource(Runner.class)
  void inputOverMaxSize(Runner runner) throws Exception {
    repeat(FEW, runner, NONE, NOTHING, refused("too large: more than 1 KiB"),
        "compare", A.toString(), B.toString(), "--max-size", "1k");
  }

  @ParameterizedTest
  @EnumSource(Runner.class)
  void unknownOption(Runner runner) throws Exception {
    repeat(FEW, runner, NONE, NOTHING,
        r -> {
          assertEquals(2, r.code());
          assertEquals("", r.out());
          assertTrue(r.err().startsWith("parallax: Unknown option: '--bogus'"), r.err());
          assertTrue(r.errLines().size() == 2 && r.errLines().get(1).startsWith("Try 'parallax compare --help'"), r.err());
          assertEquals(Set.of(), r.files());
        },
        "compare", A.toString(), B.toString(), "--bogus");
  }

  @ParameterizedTest
  @EnumSource(Runner.class)
  void manifestWithoutHeader(Runner runner) throws Exception {
    repeat(FEW, runner, Map.of("m.csv", "x," + A + "," + B + "\n"), NOTHING, refused("m.csv"), "batch", "m.csv");
  }

  @ParameterizedTest
  @EnumSource(Runner.class)
  void failOnWithOnlyCommas(Runner runner) throws Exception {
    repeat(FEW, runner, NONE, NOTHING, refused("--fail-on: no condition given"),
        "compare", A.toString(), B.toString(), "--fail-on", ",,,");
  }

  // ---- a successful run with the model, and what it leaves behind ----

  @ParameterizedTest
  @EnumSource(Runner.class)
  void successfulCompareExitsCleanly(Runner runner) throws Exception {
    repeat(FEW, runner, NONE, NOTHING,
        r -> {
          assertEquals(0, r.code(), r.err());
          assertEquals("", r.err());
          assertTrue(r.out().contains("Verdict: related"), r.out());
          assertEquals(
              Set.of("out", "out/aggregator-vs-globalresearch-rt.json", "out/aggregator-vs-globalresearch-rt.html",
                  "out/aggregator-vs-globalresearch-rt.md"),
              r.files());
        },
        "compare", A.toString(), B.toString(), "-o", "out");
  }

  @ParameterizedTest
  @EnumSource(Runner.class)
  void noTelemetryInHome(Runner runner) throws Exception {
    // --no-cache makes the run load the model (a warm vector cache would spare it); HOME and user.home both
    // point at a fresh folder, and the environment does not carry ORT_DISABLE_TELEMETRY for the jar.
    for (int i = 0; i < FEW; i++) {
      Path fresh = Files.createTempDirectory("parallax-it-home");
      try {
        List<String> cmd = command(runner, List.of("-Duser.home=" + fresh),
            "compare", A.toString(), B.toString(), "--no-cache", "--format", "json", "-o", fresh.resolve("out").toString());
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("HOME", fresh.toString());
        pb.environment().remove("XDG_CACHE_HOME");
        pb.environment().remove("ORT_DISABLE_TELEMETRY");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue());
        assertTrue(Files.isRegularFile(fresh.resolve("out/aggregator-vs-globalresearch-rt.json")), "the report was written");
        assertFalse(Files.exists(fresh.resolve(".cache/Microsoft")), runner + ": ONNX Runtime telemetry wrote to ~/.cache/Microsoft");
        assertFalse(Files.exists(fresh.resolve(".cache/JNA")), runner + ": JNA left ~/.cache/JNA");
      } finally {
        deleteTree(fresh);
      }
    }
  }

  // ---- issue 16, part 2: shapes that overflowed the stack in recursive regular expressions ----

  private static final String PROSE =
      "The foreign minister said the talks would resume next week. Officials in Seoul welcomed the statement on Tuesday. "
          + "The council will meet again in March.\n\n";

  @ParameterizedTest
  @EnumSource(Runner.class)
  void longHyphenChainDeepQuotesAndLongDigitGroups(Runner runner) throws Exception {
    // 1,500 hyphen parts overflowed the old tokenizer (exit 1, StackOverflowError); both shapes stay within the
    // 5,000 characters a sentence may have (longer ones are refused by that limit before any tokenizing).
    String hyphens = PROSE + "It was an " + "ab-".repeat(1_500) + "ab word. The end came soon after.\n";
    String quotes = PROSE + ">".repeat(300_000) + " quoted text here.\n\nThe second paragraph ends it.\n";
    String digits = PROSE + "The figure was 1" + ",000".repeat(1_100) + " dollars. Nobody believed it.\n";
    Consumer<Result> ok =
        r -> {
          assertEquals(0, r.code(), "exit code");
          assertEquals("", r.err(), "standard error");
          assertTrue(r.out().contains("Verdict: "), r.out());
        };
    repeat(FEW, runner, Map.of("h.txt", hyphens), NOTHING, ok, "compare", "h.txt", A.toString(), "--no-semantic", "-o", "out");
    repeat(FEW, runner, Map.of("q.md", quotes), NOTHING, ok, "compare", "q.md", A.toString(), "--no-semantic", "-o", "out");
    repeat(FEW, runner, Map.of("d.txt", digits), NOTHING, ok, "compare", "d.txt", A.toString(), "--no-semantic", "-o", "out");
  }

  @ParameterizedTest
  @EnumSource(Runner.class)
  void batchRecordsAFailingPairAndGoesOn(Runner runner) throws Exception {
    String tooMany = "Short one here. ".repeat(1_500);
    repeat(FEW, runner, Map.of("big.txt", tooMany, "m.csv", "id,a,b\ngood," + A + "," + B + "\nbig,big.txt," + A + "\n"), NOTHING,
        r -> {
          assertEquals(2, r.code(), "a pair with unusable input makes batch exit 2");
          assertTrue(r.files().containsAll(Set.of("out/summary.jsonl", "out/junit.xml", "out/good.json")), r.files().toString());
          assertFalse(r.files().contains("out/big.json"), r.files().toString());
          assertTrue(r.err().contains("parallax: big: big.txt") || r.err().contains("parallax: big: "), r.err());
          assertTrue(r.err().contains("the limit is 1,000 sentences per article"), r.err());
        },
        "batch", "m.csv", "-o", "out", "--no-semantic");
  }

  // ---- issue 16, part 3: size limits ----

  @ParameterizedTest
  @EnumSource(Runner.class)
  void tooManySentencesIsRefusedNamingTheLimit(Runner runner) throws Exception {
    String many = "Short one here. ".repeat(1_500);
    repeat(FEW, runner, Map.of("many.txt", many), NOTHING, refused("many.txt: too long to compare: 1,500 sentences; the limit is 1,000 sentences per article"),
        "compare", "many.txt", A.toString(), "-o", "out");
  }

  // ---- issue 16, part 4: nothing partial, nothing overwritten ----

  @ParameterizedTest
  @EnumSource(Runner.class)
  void jsonOntoAnInputIsRefused(Runner runner) throws Exception {
    String text = Files.readString(A);
    repeat(FEW, runner, Map.of("a.txt", text), NOTHING,
        refused("--json: a.txt is the input a.txt; refusing to overwrite it"),
        "compare", "a.txt", B.toString(), "--json", "a.txt", "-o", "out");
  }

  @ParameterizedTest
  @EnumSource(Runner.class)
  void reportNamedLikeAnInputIsRefused(Runner runner) throws Exception {
    String text = Files.readString(A);
    repeat(FEW, runner, NONE,
        d -> {
          try {
            Files.createDirectories(d.resolve("dir"));
            Files.writeString(d.resolve("dir/x.md"), text);
          } catch (IOException e) {
            throw new AssertionError(e);
          }
        },
        refused("is the input dir/x.md; refusing to overwrite it"),
        "compare", "dir/x.md", B.toString(), "--name", "x", "-o", "dir");
  }

  @ParameterizedTest
  @EnumSource(Runner.class)
  void jsonToAFolderWritesNothing(Runner runner) throws Exception {
    repeat(FEW, runner, NONE,
        d -> {
          try {
            Files.createDirectories(d.resolve("adir"));
          } catch (IOException e) {
            throw new AssertionError(e);
          }
        },
        refused("--json: adir is a folder, not a file"),
        "compare", A.toString(), B.toString(), "--json", "adir", "-o", "out");
  }

  @ParameterizedTest
  @EnumSource(Runner.class)
  void failedRunCreatesNoFolder(Runner runner) throws Exception {
    repeat(FEW, runner, Map.of("empty.txt", ""), NOTHING, refused("empty.txt: empty input"),
        "compare", "empty.txt", A.toString(), "-o", "a/../b");
  }

  @ParameterizedTest
  @EnumSource(Runner.class)
  void jsonToAFullStandardOutputFails(Runner runner) throws Exception {
    for (int run = 0; run < FEW; run++) {
      Path dir = Files.createTempDirectory("parallax-it");
      try {
        List<String> cmd = command(runner, List.of(), "compare", A.toString(), B.toString(), "--json", "-", "-o", "out");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().put("HOME", home.toString());
        Path err = dir.resolve("err.txt");
        pb.redirectOutput(new File("/dev/full")).redirectError(err.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS));
        assertEquals(2, p.exitValue(), Files.readString(err));
        assertEquals("parallax: --json -: cannot write the JSON report to standard output\n", Files.readString(err));
        assertFalse(Files.exists(dir.resolve("out")), "no report written when standard output failed");
      } finally {
        deleteTree(dir);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Runner.class)
  void interruptedBatchStillWritesItsSummary(Runner runner) throws Exception {
    for (int run = 0; run < FEW; run++) {
      Path dir = Files.createTempDirectory("parallax-it");
      try {
        StringBuilder m = new StringBuilder("id,a,b\n");
        for (int i = 0; i < 12; i++) {
          m.append("p").append(i).append(',').append(i % 2 == 0 ? A : B).append(',').append(i % 2 == 0 ? B : A).append('\n');
        }
        Files.writeString(dir.resolve("m.csv"), m);
        List<String> cmd = command(runner, List.of(), "batch", "m.csv", "-o", "out", "--threads", "1");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().put("HOME", home.toString());
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        // Interrupt once the first pair's report is there, while later pairs are still running.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.exists(dir.resolve("out/p0.json")) && System.nanoTime() < deadline && p.isAlive()) {
          Thread.sleep(50);
        }
        // With the launcher, the JVM is the launcher's child (exec'd: the same process).
        p.destroy(); // SIGTERM
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertTrue(Files.exists(dir.resolve("out/summary.jsonl")), "summary.jsonl written on SIGTERM");
        assertTrue(Files.exists(dir.resolve("out/junit.xml")), "junit.xml written on SIGTERM");
        List<String> lines = Files.readAllLines(dir.resolve("out/summary.jsonl"));
        assertEquals(12, lines.size(), "one line per pair, finished or not");
        try (Stream<Path> s = Files.list(dir.resolve("out"))) {
          List<String> temps = s.map(x -> x.getFileName().toString()).filter(x -> x.endsWith(".tmp")).toList();
          assertEquals(List.of(), temps, "temporary files left behind");
        }
      } finally {
        deleteTree(dir);
      }
    }
  }

  // ---- issue 16, part 5: terminal hygiene ----

  @ParameterizedTest
  @EnumSource(Runner.class)
  void controlCharactersInAPathAreEscaped(Runner runner) throws Exception {
    String name = "x\u001b]0;pwned\u0007\u202e.txt";
    repeat(FEW, runner, NONE, NOTHING,
        r -> {
          assertEquals(2, r.code());
          assertEquals("parallax: x\\x1b]0;pwned\\x07\\u202e.txt: no such file\n", r.err());
        },
        "compare", name, A.toString());
  }

  // ---- issue 16, part 5 (messages, from h-ingest), as real processes ----

  @ParameterizedTest
  @EnumSource(Runner.class)
  void fileNameStartingWithADash(Runner runner) throws Exception {
    repeat(FEW, runner, Map.of("-dash.txt", Files.readString(A)), NOTHING,
        r -> {
          assertEquals(2, r.code());
          assertEquals("", r.out());
          assertTrue(r.err().startsWith("parallax: -dash.txt: a file name that starts with '-' reads as an option; write ./-dash.txt"), r.err());
          assertEquals(Set.of(), r.files());
        },
        "compare", "-dash.txt", B.toString());
  }

  @ParameterizedTest
  @EnumSource(Runner.class)
  void symbolicLinkLoop(Runner runner) throws Exception {
    repeat(FEW, runner, NONE,
        d -> {
          try {
            Files.createSymbolicLink(d.resolve("loop-a"), d.resolve("loop-b"));
            Files.createSymbolicLink(d.resolve("loop-b"), d.resolve("loop-a"));
          } catch (IOException e) {
            throw new AssertionError(e);
          }
        },
        refused("loop-a: symbolic link loop: too many levels of symbolic links"),
        "compare", "loop-a", A.toString());
  }

  @ParameterizedTest
  @EnumSource(Runner.class)
  void manifestWithAByteOrderMark(Runner runner) throws Exception {
    repeat(FEW, runner, Map.of("m.csv", "\uFEFFid,a,b\nx," + A + "," + B + "\n"), NOTHING,
        r -> {
          assertEquals(0, r.code(), r.err());
          assertTrue(r.files().containsAll(Set.of("out/summary.jsonl", "out/junit.xml", "out/x.json")), r.files().toString());
        },
        "batch", "m.csv", "-o", "out", "--no-semantic");
  }

  @ParameterizedTest
  @EnumSource(Runner.class)
  void oneNulByteIsDroppedWithAWarning(Runner runner) throws Exception {
    String withNul = Files.readString(A).replaceFirst("\\. ", ".\u0000 ");
    repeat(FEW, runner, Map.of("nul.txt", withNul), NOTHING,
        r -> {
          assertEquals(0, r.code(), r.err());
          assertEquals("parallax: warning: nul.txt: dropped 1 control character (NUL)\n", r.err());
        },
        "compare", "nul.txt", B.toString(), "--no-semantic", "-o", "out");
  }

  // ---- a user whose JAVA_HOME is JDK 25 or later: the launcher's first compare also makes an AOT cache ----

  @Test
  void newJdkCacheIsMadeWithoutATraceInTheOutput() throws Exception {
    Path jdk = newestJdkFrom(25);
    Assumptions.assumeTrue(jdk != null, "no JDK 25 or later under /usr/lib/jvm");
    Path target = BASE.resolve("target");
    Path cache = target.resolve("parallax-jdk" + javaVersion(jdk) + ".aot");
    Files.deleteIfExists(cache);
    // A refused input is not a training run: no cache is made from the error path.
    Result refused = run(Runner.LAUNCHER, Map.of("empty.txt", ""), NOTHING, Map.of("JAVA_HOME", jdk.toString()),
        "compare", "empty.txt", B.toString(), "-o", "out");
    refused("empty.txt: empty input").accept(refused);
    assertFalse(Files.exists(cache), "a cache made by a refused run");
    String[] args = {"compare", A.toString(), B.toString(), "-o", "out"};
    String expected = run(Runner.JAR, NONE, NOTHING, args).out();
    // The first run records and makes the cache; the second maps it.
    for (int i = 1; i <= 2; i++) {
      Result r = run(Runner.LAUNCHER, NONE, NOTHING, Map.of("JAVA_HOME", jdk.toString()), args);
      assertEquals(0, r.code(), "run " + i + ": " + r.err());
      assertEquals("", r.err(), "run " + i + ": standard error");
      assertEquals(expected, r.out(), "run " + i + ": standard output is the same as on the test's JDK");
      assertTrue(Files.isRegularFile(cache), "run " + i + ": " + cache + " made");
      try (Stream<Path> s = Files.list(target)) {
        assertEquals(List.of(), s.map(p -> p.getFileName().toString()).filter(n -> n.contains(".tmp")).toList(),
            "run " + i + ": temporary files left in target/");
      }
    }
  }

  /** The home of the newest JDK of version {@code min} or later under /usr/lib/jvm, or null. */
  private static Path newestJdkFrom(int min) throws IOException {
    Path best = null;
    int bestVersion = min - 1;
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return null;
    }
    try (Stream<Path> s = Files.list(jvms)) {
      for (Path home : s.sorted().toList()) {
        int v = javaVersion(home);
        if (v > bestVersion && Files.isExecutable(home.resolve("bin/java"))) {
          best = home;
          bestVersion = v;
        }
      }
    }
    return best;
  }

  /** The major version in a JDK's {@code release} file, or 0. */
  private static int javaVersion(Path home) {
    try {
      for (String line : Files.readAllLines(home.resolve("release"), StandardCharsets.UTF_8)) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^JAVA_VERSION=\"(\\d+)").matcher(line);
        if (m.find()) {
          return Integer.parseInt(m.group(1));
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return 0;
  }

  private static Set<String> listing(Path dir) throws IOException {
    Set<String> out = new TreeSet<>();
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(p -> !p.equals(dir)).forEach(p -> out.add(dir.relativize(p).toString()));
    }
    return out;
  }

  private static String clip(String s) {
    return s.length() > 2000 ? s.substring(0, 2000) + "…" : s;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted((x, y) -> y.getNameCount() - x.getNameCount()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
