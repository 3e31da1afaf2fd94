package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parallax.cli.ProcessIT.Result;
import org.parallax.cli.ProcessIT.Runner;

/**
 * The README's bad-input table, row by row, run as a real process through the launcher and the jar
 * (issue 16): each row's exit code, its one line on standard error, an empty standard output for a
 * refusal, and no file left behind. Rows that ProcessIT already runs (its own shapes and repeats) are
 * not repeated here. Each row runs {@code -Dparallax.it.few} times (default 3) per runner; the
 * closing note's 20-of-20 figures come from {@code -Dparallax.it.few=20}.
 *
 * <p>URLs are served by a raw socket server in this JVM, so a row can answer with what no
 * well-behaved server would send (a negative Content-Length, a body cut short, no answer at all).
 */
class BadInputProcessIT {
  private static final Path BASE = Path.of("").toAbsolutePath();
  private static final Path A = BASE.resolve("samples/lavrov-north-korea/aggregator.txt");
  private static final Path B = BASE.resolve("samples/lavrov-north-korea/globalresearch-rt.md");
  private static final int FEW = Integer.getInteger("parallax.it.few", 3);
  private static ServerSocket server;
  private static String base;

  /** One row: what the working folder holds, the environment added, the arguments and the check. */
  record Row(String name, Consumer<Path> setUp, Map<String, String> env, Consumer<Result> check, String... args) {
    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeAll
  static void start() throws IOException {
    ProcessIT.start();
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    base = "http://127.0.0.1:" + server.getLocalPort();
    Thread accept = new Thread(BadInputProcessIT::serve, "bad-input-server");
    accept.setDaemon(true);
    accept.start();
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
    ProcessIT.stop();
  }

  static Stream<Arguments> rows() {
    List<Arguments> out = new ArrayList<>();
    for (Row row : table()) {
      for (Runner runner : Runner.values()) {
        out.add(Arguments.of(row, runner));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} via {1}")
  @MethodSource("rows")
  void row(Row row, Runner runner) throws Exception {
    ProcessIT.repeat(FEW, runner, Map.of(), row.setUp(), row.env(), row.check(), row.args());
  }

  /**
   * SIGTERM at some point of a compare (loading, comparing, writing): the run exits 143, or 0 when it
   * had finished; it leaves no temporary file, and a report it leaves is whole.
   */
  @ParameterizedTest(name = "SIGTERM via {0}")
  @org.junit.jupiter.params.provider.EnumSource(Runner.class)
  void sigtermLeavesNothingPartial(Runner runner) throws Exception {
    for (int i = 0; i < FEW; i++) {
      Path dir = Files.createTempDirectory("parallax-it");
      try {
        List<String> cmd = ProcessIT.command(runner, List.of(), "compare", A.toString(), B.toString(), "--no-cache", "-o", "out");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Thread.sleep(200 + 300L * (i % 10)); // 0.2 s to 2.9 s: start-up, model loading, comparing, writing
        p.destroy(); // SIGTERM
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "exited after SIGTERM");
        int code = p.exitValue();
        assertTrue(code == 143 || code == 0, "exit " + code);
        try (Stream<Path> files = Files.walk(dir)) {
          for (Path f : files.filter(Files::isRegularFile).toList()) {
            String name = f.getFileName().toString();
            assertFalse(name.startsWith(".") || name.contains(".tmp"), "temporary file left: " + name + " (exit " + code + ")");
            if (name.endsWith(".json")) {
              new com.fasterxml.jackson.databind.ObjectMapper().readTree(f.toFile()); // whole, or this throws
            }
          }
        }
      } finally {
        try (Stream<Path> files = Files.walk(dir)) {
          for (Path f : files.sorted((x, y) -> y.getNameCount() - x.getNameCount()).toList()) {
            Files.deleteIfExists(f);
          }
        }
      }
    }
  }

  // ---- the table ----

  private static final String PROSE =
      "The harbour reopened on Tuesday after the storm. Ferries ran again by noon, the port authority said. "
          + "Traders said the closure had cost them three days of business.\n";

  /** An article in Russian, written for this test, for the legacy Cyrillic encodings. */
  private static final String RUSSIAN =
      "Порт снова открылся во вторник после шторма. Паромы начали ходить к полудню, сообщили в администрации порта. "
          + "Торговцы сказали, что закрытие стоило им трёх дней работы. Власти обещали помочь пострадавшим.\n";

  static List<Row> table() {
    Map<String, String> none = Map.of();
    List<Row> t = new ArrayList<>();
    t.add(new Row("whitespace only", write("ws.txt", "  \n\t\n   \n"), none, refused("ws.txt: input has only whitespace"),
        "compare", "ws.txt", A.toString()));
    t.add(new Row("PDF", write("doc.pdf", "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"), none,
        refused("doc.pdf: binary input (PDF data), not a text article"), "compare", "doc.pdf", A.toString()));
    t.add(new Row("PNG under a .txt name", writeBytes("img.txt", png()), none, refused("img.txt: binary input (PNG data), not a text article"),
        "compare", "img.txt", A.toString()));
    t.add(new Row("directory", mkdir("adir"), none, refused("adir: is a directory, not a file"), "compare", "adir", A.toString()));
    t.add(new Row("missing path", d -> {}, none, refused("missing.txt: no such file"), "compare", "missing.txt", A.toString()));
    t.add(new Row("dangling symbolic link", link("dangling", "gone.txt"), none,
        refused("dangling: broken symbolic link to gone.txt, which does not exist"), "compare", "dangling", A.toString()));
    t.add(new Row("control characters only", write("ctl.txt", "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e"), none,
        refused("ctl.txt: input has only control characters (9 dropped), no text"), "compare", "ctl.txt", A.toString()));
    t.add(new Row("many NUL bytes", writeBytes("data.bin", "ab\u0000cd\u0000ef\u0000gh\u0000".getBytes(StandardCharsets.ISO_8859_1)), none,
        refused("data.bin: binary input (4 NUL bytes), not a text article"), "compare", "data.bin", A.toString()));
    t.add(new Row("encoding detection cannot tell", writeBytes("odd.txt", java.util.HexFormat.of().parseHex("e0e1e2e3e4e5e6e7e8e9eaebecedeeef")),
        none, refused("odd.txt: cannot tell the encoding: not UTF-8 or UTF-16"), "compare", "odd.txt", A.toString()));
    t.add(new Row("unknown --encoding", d -> {}, none, refused("--encoding: unknown encoding 'klingon-8'"),
        "compare", A.toString(), B.toString(), "--encoding", "klingon-8"));
    t.add(new Row("200 MB file", sparse("big.txt", 200L << 20), none,
        refused("big.txt: too large: more than 10 MiB; use --max-size to raise the limit"), "compare", "big.txt", A.toString()));
    t.add(new Row("malformed --max-size", d -> {}, none, refused("--max-size: expected a size such as 500k, 10M or 1G, got 'ten'"),
        "compare", A.toString(), B.toString(), "--max-size", "ten"));
    t.add(new Row("HTML with no body text", write("nobody.html", "<html><head><title>x</title></head><body><script>var a;</script></body></html>"),
        none, refused("nobody.html: HTML has no body text"), "compare", "nobody.html", A.toString()));
    t.add(new Row("one sentence", write("one.txt", "Only this one sentence is here.\n"), none,
        refused("one.txt: only one sentence; Parallax needs at least two to compare"), "compare", "one.txt", A.toString()));
    t.add(new Row("more than 500,000 characters", write("long.txt", longText()), none,
        refused("long.txt: too long to compare: "), "compare", "long.txt", A.toString()));
    t.add(new Row("a sentence over 5,000 characters", write("x.txt", PROSE + "The list went on " + "and on ".repeat(800) + "until dark.\n"),
        none, refused("the limit is 5,000 characters per sentence"), "compare", "x.txt", A.toString()));
    t.add(new Row("--fail-on empty", d -> {}, none, refused("--fail-on: no condition given"),
        "compare", A.toString(), B.toString(), "--fail-on", ""));
    t.add(new Row("out of memory", write("m1.txt", generated(1)).andThen(write("m2.txt", generated(2))), Map.of("PARALLAX_JAVA_OPTS", "-Xmx16m"),
        outOfMemory(), "compare", "m1.txt", "m2.txt", "--no-semantic", "-o", "out"));
    // URLs
    t.add(new Row("URL answering 404", d -> {}, none, refused(": HTTP 404 Not Found from "), "compare", url("/nope"), A.toString()));
    t.add(new Row("URL answering 500", d -> {}, none, refused(": HTTP 500 Internal Server Error from "), "compare", url("/error"), A.toString()));
    t.add(new Row("URL that never answers", d -> {}, none, refused(": timed out after 2 s; use --timeout to wait longer"),
        "compare", url("/silent"), A.toString(), "--timeout", "2s"));
    t.add(new Row("URL answering application/json", d -> {}, none, refused(": the server sent application/json, not an article"),
        "compare", url("/api"), A.toString()));
    t.add(new Row("URL announcing too many bytes", d -> {}, none, refused(": too large: more than 10 MiB; use --max-size to raise the limit"),
        "compare", url("/huge"), A.toString()));
    t.add(new Row("URL with a negative Content-Length", d -> {}, none, refused(": invalid Content-Length -5 from the server"),
        "compare", url("/negative"), A.toString()));
    t.add(new Row("URL whose body is cut short", d -> {}, none,
        refused(": the server closed the connection after 10 of the 2048 bytes its Content-Length promised"),
        "compare", url("/short"), A.toString()));
    t.add(new Row("URL redirecting to itself", d -> {}, none, refused(": too many redirects (more than 5)"),
        "compare", url("/loop"), A.toString()));
    t.add(new Row("URL redirecting to file:", d -> {}, none, refused(": unsupported URL scheme \"file\": use http or https"),
        "compare", url("/tofile"), A.toString()));
    t.add(new Row("URL closing the connection at once", d -> {}, none, refused(": the server closed the connection without answering"),
        "compare", url("/closed"), A.toString()));
    t.add(new Row("URL with nothing listening", d -> {}, none, refused(": cannot connect to 127.0.0.1:" + closedPort() + ": connection refused"),
        "compare", "http://127.0.0.1:" + closedPort() + "/x", A.toString()));
    // Articles that are fine
    t.add(new Row("identical articles", d -> {}, none, ok("Verdict: related", ""), "compare", A.toString(), A.toString(), "--no-semantic",
        "-o", "out"));
    t.add(new Row("unrelated articles", write("u.txt", "# Orchard Festival Draws Crowds\n\nThe apple festival opened on Saturday in the valley. "
        + "Growers showed forty kinds of apples. Children pressed cider in the square. The mayor cut a ribbon at noon.\n"), none,
        ok("Verdict: unrelated", ""), "compare", "u.txt", A.toString(), "--no-semantic", "-o", "out"));
    t.add(new Row("Windows-1252 text", writeBytes("latin1.txt", (PROSE + "The caf\u00e9 on the quay stayed shut, its owner said.\n")
        .getBytes(Charset.forName("windows-1252"))), none, ok("Verdict: ", "parallax: warning: latin1.txt: decoded as Windows-1252: not valid UTF-8"),
        "compare", "latin1.txt", A.toString(), "--no-semantic", "-o", "out"));
    t.add(new Row("KOI8-R text", writeBytes("ru.txt", RUSSIAN.getBytes(Charset.forName("KOI8-R"))), none,
        ok("Verdict: ", "parallax: warning: ru.txt: decoded as KOI8-R: not valid UTF-8"), "compare", "ru.txt", A.toString(), "--no-semantic",
        "-o", "out"));
    t.add(new Row("Windows-1251 text", writeBytes("ru.txt", RUSSIAN.getBytes(Charset.forName("windows-1251"))), none,
        ok("Verdict: ", "parallax: warning: ru.txt: decoded as windows-1251: not valid UTF-8"), "compare", "ru.txt", A.toString(),
        "--no-semantic", "-o", "out"));
    t.add(new Row("UTF-16 without a byte order mark", writeBytes("ru16.txt", RUSSIAN.getBytes(StandardCharsets.UTF_16LE)), none,
        ok("Verdict: ", "parallax: warning: ru16.txt: decoded as UTF-16LE: no byte order mark"), "compare", "ru16.txt", A.toString(),
        "--no-semantic", "-o", "out"));
    t.add(new Row("UTF-8 with a Windows-1252 passage", writeBytes("mixed.txt", mixed()), none,
        ok("Verdict: ", "parallax: warning: mixed.txt: mixed encodings: "), "compare", "mixed.txt", A.toString(), "--no-semantic", "-o", "out"));
    t.add(new Row("invisible characters", write("inv.txt", invisible()), none, sameAsOriginal(), "compare", A.toString(), "inv.txt",
        "--no-semantic", "--json", "-", "--format", "json", "-o", "out"));
    // Manifests and eval datasets
    t.add(new Row("Latin-1 manifest", writeBytes("pairs.csv", ("id,a,b\ncaf\u00e9," + A + "," + B + "\n").getBytes(StandardCharsets.ISO_8859_1)),
        none, refused("pairs.csv:2: not UTF-8 (byte 0xE9); save the manifest as UTF-8"), "batch", "pairs.csv", "-o", "out"));
    t.add(new Row("JSON Lines with a numeric id", write("pairs.jsonl", "{\"id\": 42, \"a\": \"" + A + "\", \"b\": \"" + B + "\"}\n"), none,
        batchOk("out/42.json"), "batch", "pairs.jsonl", "-o", "out", "--no-semantic"));
    t.add(new Row("JSON Lines with text after the object", write("pairs.jsonl", "{\"id\": \"x\", \"a\": \"" + A + "\", \"b\": \"" + B + "\"} oops\n"),
        none, refused("pairs.jsonl:1: more text after the JSON object; write one object per line"), "batch", "pairs.jsonl", "-o", "out"));
    t.add(new Row("the same id twice", write("pairs.csv", "id,a,b\nx," + A + "," + B + "\nx," + B + "," + A + "\n"), none,
        refused("pairs.csv:3: duplicate id 'x' (first on line 2)"), "batch", "pairs.csv", "-o", "out"));
    t.add(new Row("ids that reduce to one file name", write("pairs.csv", "id,a,b\nReport," + A + "," + B + "\nreport," + B + "," + A + "\n"), none,
        batchTwoReports(), "batch", "pairs.csv", "-o", "out", "--no-semantic"));
    t.add(new Row("eval on a file of another format", write("rules.md", "# Not JSON\n\nJust prose.\n"), none, refused("rules.md: "),
        "eval", "sbd", "rules.md"));
    return t;
  }

  // ---- checks ----

  static Consumer<Result> refused(String text) {
    return ProcessIT.refused(text);
  }

  /** Exit 0, {@code out} on standard output, standard error empty or exactly one line starting {@code warning}. */
  static Consumer<Result> ok(String out, String warning) {
    return r -> {
      assertEquals(0, r.code(), "exit code; stderr: " + r.err());
      assertTrue(r.out().contains(out), "standard output holds " + out + ": " + r.out());
      if (warning.isEmpty()) {
        assertEquals("", r.err(), "standard error");
      } else {
        assertEquals(1, r.errLines().size(), "one warning line: " + r.err());
        assertTrue(r.err().startsWith(warning), "warning starts with " + warning + ": " + r.err());
      }
      assertFalse(r.files().stream().anyMatch(f -> f.contains(".tmp")), "temporary files left: " + r.files());
    };
  }

  /** Out of memory: exit 3, one line naming the heap, no stack trace, no report. */
  static Consumer<Result> outOfMemory() {
    return r -> {
      assertEquals(3, r.code(), "exit code; stderr: " + r.err());
      assertEquals(1, r.errLines().size(), "one line: " + r.err());
      assertTrue(r.err().startsWith("parallax: out of memory (maximum heap "), r.err());
      assertFalse(r.files().stream().anyMatch(f -> f.endsWith(".json") || f.endsWith(".html") || f.endsWith(".md") || f.contains(".tmp")),
          "no report: " + r.files());
    };
  }

  /** A copy of an article with invisible characters inserted compares like the article itself: nothing one-sided. */
  static Consumer<Result> sameAsOriginal() {
    return r -> {
      assertEquals(0, r.code(), r.err());
      assertEquals("", r.err());
      com.fasterxml.jackson.databind.JsonNode summary;
      try {
        summary = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out()).get("summary");
      } catch (IOException e) {
        throw new AssertionError("standard output is not JSON: " + e.getMessage(), e);
      }
      for (String field : List.of("onlyA", "onlyB", "factsOnlyA", "factsOnlyB", "quotesVariant", "quotesOnlyA", "quotesOnlyB", "framingFlags")) {
        assertEquals(0, summary.get(field).asInt(-1), field + " in " + summary);
      }
    };
  }

  static Consumer<Result> batchOk(String report) {
    return r -> {
      assertEquals(0, r.code(), r.err());
      assertTrue(r.files().contains(report), r.files().toString());
      assertTrue(r.files().contains("out/summary.jsonl"), r.files().toString());
    };
  }

  static Consumer<Result> batchTwoReports() {
    return r -> {
      assertEquals(0, r.code(), r.err());
      long json = r.files().stream().filter(f -> f.startsWith("out/") && f.endsWith(".json")).count();
      assertEquals(2, json, "two distinct reports: " + r.files());
    };
  }

  // ---- inputs ----

  static Consumer<Path> write(String name, String text) {
    return writeBytes(name, text.getBytes(StandardCharsets.UTF_8));
  }

  static Consumer<Path> writeBytes(String name, byte[] bytes) {
    return d -> {
      try {
        Files.write(d.resolve(name), bytes);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    };
  }

  static Consumer<Path> mkdir(String name) {
    return d -> {
      try {
        Files.createDirectories(d.resolve(name));
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    };
  }

  static Consumer<Path> link(String name, String target) {
    return d -> {
      try {
        Files.createSymbolicLink(d.resolve(name), Path.of(target));
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    };
  }

  /** A file of {@code size} bytes that takes no disk space (a hole). */
  static Consumer<Path> sparse(String name, long size) {
    return d -> {
      try (RandomAccessFile f = new RandomAccessFile(d.resolve(name).toFile(), "rw")) {
        f.setLength(size);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    };
  }

  static byte[] png() {
    byte[] b = new byte[64];
    byte[] sig = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    System.arraycopy(sig, 0, b, 0, sig.length);
    return b;
  }

  /** 120 sentences of about 4,600 characters: over 500,000 characters, under the sentence limits. */
  static String longText() {
    StringBuilder sb = new StringBuilder();
    String clause = "the harbour stayed closed while the wind kept on, ";
    for (int i = 0; i < 120; i++) {
      sb.append("Sentence ").append(i).append(" says that ").append(clause.repeat(90)).append("and then it ended.\n");
    }
    return sb.toString();
  }

  /** About 120 KB of generated prose: 240 sentences of 70 words from a small vocabulary, seeded. */
  static String generated(long seed) {
    String[] words = "harbour storm ferry trader mayor council vote budget river bridge school market minister election".split(" ");
    java.util.Random random = new java.util.Random(seed);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 240; i++) {
      sb.append("The");
      for (int w = 0; w < 70; w++) {
        sb.append(' ').append(words[random.nextInt(words.length)]);
      }
      sb.append(" on day ").append(i).append(i % 3 == 2 ? ".\n\n" : ". ");
    }
    return sb.toString();
  }

  static byte[] mixed() {
    byte[] head = (PROSE + "The caf\u00e9 stayed shut.\n").getBytes(StandardCharsets.UTF_8);
    byte[] tail = "The na\u00efve plan failed, the mayor said.\n".getBytes(Charset.forName("windows-1252"));
    byte[] all = new byte[head.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }

  /** The sample article A with a soft hyphen, a zero-width space and a decomposed accent inserted. */
  static String invisible() {
    try {
      String text = Files.readString(A);
      return text.replaceFirst("Lavrov", "Lav\u00adrov").replaceFirst(" said", "\u200b said").replaceFirst("Korea", "Kore\u200ba");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static int closedPort;

  /** A port nothing listens on: one the system handed out and that was closed again. */
  static synchronized int closedPort() {
    if (closedPort == 0) {
      try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        closedPort = s.getLocalPort();
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }
    return closedPort;
  }

  static String url(String path) {
    return base + path;
  }

  // ---- the server ----

  private static void serve() {
    while (!server.isClosed()) {
      try {
        Socket s = server.accept();
        Thread t = new Thread(() -> answer(s), "bad-input-answer");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private static void answer(Socket s) {
    try (s) {
      InputStream in = s.getInputStream();
      String request = readHead(in);
      String path = request.isEmpty() ? "" : request.split(" ")[1];
      OutputStream out = s.getOutputStream();
      String head;
      switch (path) {
        case "/nope" -> head = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n";
        case "/error" -> head = "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n";
        case "/api" -> head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";
        case "/huge" -> head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 20000000\r\n\r\n";
        case "/negative" -> head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: -5\r\n\r\n";
        case "/short" -> head = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2048\r\n\r\n0123456789";
        case "/loop" -> head = "HTTP/1.1 302 Found\r\nLocation: /loop\r\nContent-Length: 0\r\n\r\n";
        case "/tofile" -> head = "HTTP/1.1 302 Found\r\nLocation: file:///etc/passwd\r\nContent-Length: 0\r\n\r\n";
        case "/silent" -> {
          Thread.sleep(30_000);
          return;
        }
        default -> {
          return; // "/closed": close without a word
        }
      }
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      if (path.equals("/huge")) {
        Thread.sleep(30_000); // announce, then send nothing: the client must not wait for the body
      }
    } catch (IOException | InterruptedException e) {
      // the client went away
    }
  }

  private static String readHead(InputStream in) throws IOException {
    StringBuilder sb = new StringBuilder();
    int c;
    while ((c = in.read()) != -1) {
      sb.append((char) c);
      if (sb.length() >= 4 && sb.substring(sb.length() - 4).equals("\r\n\r\n")) {
        break;
      }
    }
    int eol = sb.indexOf("\r\n");
    return eol < 0 ? sb.toString() : sb.substring(0, eol);
  }
}
