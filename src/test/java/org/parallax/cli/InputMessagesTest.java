package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16's input messages: each unusable input gives exit 2 and one line naming the input and
 * the problem; the inputs that can be read (one NUL byte, a file name starting with '-', a
 * manifest with a byte order mark, ids that reduce to one file name) are.
 */
class InputMessagesTest {
  private static final String GOOD =
      "The council approved the new budget on Monday. Critics said the plan cuts school funding."
          + " The mayor defended the decision at a press conference.\n";
  private static final Path SAMPLES = Path.of("samples/lavrov-north-korea").toAbsolutePath();

  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Runs {@code args} and returns the one line of standard error after checking exit 2 and no output. */
  private static String refusal(String... args) {
    MainTest.Run r = MainTest.run(args);
    assertEquals(Main.USAGE, r.code(), r.err());
    String err = r.err().strip();
    assertEquals(1, err.lines().count(), err);
    assertFalse(err.contains("Exception") || err.contains("\tat "), err);
    assertEquals("", r.out());
    return err;
  }

  private String compareRefusal(String bad) throws IOException {
    Path good = write("good.txt", GOOD);
    Path out = dir.resolve("reports");
    String err = refusal("compare", bad, good.toString(), "-o", out.toString(), "--no-semantic");
    assertFalse(Files.exists(out), "no reports for a refused input");
    return err;
  }

  @Test
  void symlinkLoopIsNotANoSuchFile() throws IOException {
    Path a = dir.resolve("loop-a");
    Path b = dir.resolve("loop-b");
    Files.createSymbolicLink(a, b);
    Files.createSymbolicLink(b, a);
    assertEquals("parallax: " + a + ": symbolic link loop: too many levels of symbolic links", compareRefusal(a.toString()));
    Path dangling = Files.createSymbolicLink(dir.resolve("dangling"), Path.of("gone.txt"));
    assertEquals("parallax: " + dangling + ": broken symbolic link to gone.txt, which does not exist",
        compareRefusal(dangling.toString()));
  }

  @Test
  void controlCharactersAreNotCalledWhitespace() throws IOException {
    Path p = write("controls.txt", new byte[] {1, 2, 3, 0x1B, '[', '2', 'J', 0x1B});
    String err = compareRefusal(p.toString());
    // ESC [ 2 J leaves "[2J" visible: that is text, and one line is too short to compare.
    assertTrue(err.startsWith("parallax: " + p + ": "), err);
    assertFalse(err.contains("only whitespace"), err);
    Path only = write("only-controls.txt", new byte[] {1, 2, 3, 7, 0x1B, 0x7F, '\n', 0x10});
    assertEquals("parallax: " + only + ": input has only control characters and whitespace, no text",
        compareRefusal(only.toString()));
  }

  @Test
  void oneNulByteInAGoodArticleIsDroppedWithAWarning() throws IOException {
    byte[] bytes = (GOOD + GOOD.replace("Monday", "Tuesday").repeat(14)).getBytes(StandardCharsets.UTF_8);
    assertTrue(bytes.length > 2000);
    bytes[1200] = 0;
    Path a = write("nul.txt", bytes);
    Path b = write("good.txt", GOOD);
    MainTest.Run r = MainTest.run("compare", a.toString(), b.toString(), "-o", dir.resolve("r").toString(),
        "--no-semantic", "--format", "json");
    assertEquals(Main.OK, r.code(), r.err());
    assertTrue(r.err().contains("parallax: warning: " + a + ": dropped 1 control character (NUL)"), r.err());
  }

  @Test
  void aFileNameStartingWithADashSaysHow() throws IOException {
    Path good = write("good.txt", GOOD);
    write("-dash.txt", GOOD);
    MainTest.Run r = MainTest.run("compare", "-dash.txt", good.toString());
    // run from the project folder, where -dash.txt does not exist: picocli's own message
    assertEquals(Main.USAGE, r.code());
    String cwd = System.getProperty("user.dir");
    Path here = Path.of(cwd, "-dash-" + ProcessHandle.current().pid() + ".txt");
    Files.writeString(here, GOOD);
    try {
      String name = here.getFileName().toString();
      MainTest.Run dashed = MainTest.run("compare", name, good.toString(), "--no-semantic", "-o", dir.resolve("x").toString());
      assertEquals(Main.USAGE, dashed.code());
      assertTrue(dashed.err().startsWith("parallax: " + name + ": a file name that starts with '-' reads as an option;"
          + " write ./" + name + ", or put -- before the file names"), dashed.err());
      MainTest.Run separated = MainTest.run("compare", "--no-semantic", "-o", dir.resolve("y").toString(), "--format", "json",
          "--", name, good.toString());
      assertEquals(Main.OK, separated.code(), separated.err());
    } finally {
      Files.deleteIfExists(here);
    }
  }

  @Test
  void unknownEncodingIsAUsageError() {
    assertEquals("parallax: --encoding: unknown encoding 'klingon-8'; use a name such as UTF-8, windows-1252,"
        + " windows-1251, KOI8-R, GB18030 or Shift_JIS", refusal("inspect", "x.txt", "--encoding", "klingon-8"));
  }

  @Test
  void encodingOptionForcesOneForEveryCommand() throws IOException {
    byte[] koi8 = ("Министр заявил в четверг, что Москва не признает санкции. Он сказал это журналистам."
        + " Переговоры продолжатся в пятницу.\n").getBytes(Charset.forName("KOI8-R"));
    Path p = write("koi8.txt", koi8);
    MainTest.Run detected = MainTest.run("inspect", p.toString());
    assertEquals(Main.OK, detected.code(), detected.err());
    assertTrue(detected.out().contains("Warning:   decoded as KOI8-R: not valid UTF-8"), detected.out());
    MainTest.Run forced = MainTest.run("inspect", p.toString(), "--encoding", "koi8-r");
    assertEquals(Main.OK, forced.code(), forced.err());
    assertFalse(forced.out().contains("Warning:"), forced.out());
    assertTrue(forced.out().contains("Москва"), forced.out());
    MainTest.Run compare = MainTest.run("compare", p.toString(), p.toString(), "--encoding", "KOI8-R",
        "--no-semantic", "-o", dir.resolve("r").toString(), "--format", "json");
    assertEquals(Main.OK, compare.code(), compare.err());
    Path manifest = write("pairs.csv", "id,a,b\nru," + p + "," + p + "\n");
    MainTest.Run batch = MainTest.run("batch", manifest.toString(), "--encoding", "KOI8-R", "--no-semantic",
        "-o", dir.resolve("b").toString());
    assertEquals(Main.OK, batch.code(), batch.err());
  }

  @Test
  void undetectableEncodingIsRefusedNamingTheCandidates() throws IOException {
    Path p = write("odd.txt", java.util.HexFormat.of().parseHex("e0e1e2e3e4e5e6e7e8e9eaebecedeeef"));
    String err = compareRefusal(p.toString());
    assertTrue(err.startsWith("parallax: " + p + ": cannot tell the encoding: not UTF-8 or UTF-16"), err);
    assertTrue(err.contains("considered KOI8-R (17)") && err.endsWith("name it with --encoding"), err);
  }

  // --- batch manifests

  private String pair() {
    return SAMPLES.resolve("aggregator.txt") + "," + SAMPLES.resolve("globalresearch-rt.md");
  }

  private String jsonPair() {
    return "\"a\": \"" + SAMPLES.resolve("aggregator.txt") + "\", \"b\": \"" + SAMPLES.resolve("globalresearch-rt.md") + "\"";
  }

  @Test
  void manifestWithAByteOrderMarkIsRead() throws IOException {
    byte[] text = ("id,a,b\nexcel," + pair() + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[text.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, bom, 3, text.length);
    Path m = write("excel.csv", bom);
    MainTest.Run r = MainTest.run("batch", m.toString(), "-o", dir.resolve("out").toString(), "--no-semantic");
    assertEquals(Main.OK, r.code(), r.err());
    assertTrue(Files.exists(dir.resolve("out/excel.json")));
  }

  @Test
  void latin1ManifestIsRefusedNamingTheLine() throws IOException {
    Path m = write("latin1.csv", ("id,a,b\ncaf\u00e9," + pair() + "\n").getBytes(StandardCharsets.ISO_8859_1));
    assertEquals("parallax: " + m + ":2: not UTF-8 (byte 0xE9); save the manifest as UTF-8",
        refusal("batch", m.toString(), "-o", dir.resolve("out").toString(), "--no-semantic"));
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  void numericJsonIdIsAccepted() throws IOException {
    Path m = write("pairs.jsonl", "{\"id\": 42, " + jsonPair() + "}\n");
    MainTest.Run r = MainTest.run("batch", m.toString(), "-o", dir.resolve("out").toString(), "--no-semantic");
    assertEquals(Main.OK, r.code(), r.err());
    assertTrue(Files.exists(dir.resolve("out/42.json")));
  }

  @Test
  void trailingTextAfterAJsonObjectNamesTheLine() throws IOException {
    Path m = write("pairs.jsonl", "{\"id\": \"one\", " + jsonPair() + "}\n{\"id\": \"two\", " + jsonPair() + "} oops\n");
    assertEquals("parallax: " + m + ":2: more text after the JSON object; write one object per line",
        refusal("batch", m.toString(), "-o", dir.resolve("out").toString(), "--no-semantic"));
    Path two = write("two.jsonl", "{\"id\": \"one\", " + jsonPair() + "}{\"id\": \"two\"}\n");
    assertEquals("parallax: " + two + ":1: more text after the JSON object; write one object per line",
        refusal("batch", two.toString(), "-o", dir.resolve("out").toString(), "--no-semantic"));
  }

  @Test
  void idsThatReduceToOneFileNameGetDistinctNames() throws IOException {
    Path m = write("pairs.csv", "id,a,b\n"
        + "foo/bar/baz," + pair() + "\n"
        + "qux/baz," + pair() + "\n"
        + "Report," + pair() + "\n"
        + "report," + pair() + "\n"
        + "Москва," + pair() + "\n"
        + "北京," + pair() + "\n"
        + "report-2," + pair() + "\n");
    Path out = dir.resolve("out");
    MainTest.Run r = MainTest.run("batch", m.toString(), "-o", out.toString(), "--no-semantic", "--threads", "2");
    assertEquals(Main.OK, r.code(), r.err());
    List<String> ids = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("summary.jsonl"))) {
      ids.add(line.substring(7, line.indexOf('"', 7)));
    }
    assertEquals(List.of("foo-bar-baz", "qux-baz", "report", "report-3", "article", "article-2", "report-2"), ids);
    for (String id : ids) {
      assertTrue(Files.exists(out.resolve(id + ".json")), id);
    }
    Path same = write("same.csv", "id,a,b\nx," + pair() + "\nx," + pair() + "\n");
    assertEquals("parallax: " + same + ":3: duplicate id 'x' (first on line 2)",
        refusal("batch", same.toString(), "-o", dir.resolve("o2").toString(), "--no-semantic"));
  }

  // --- eval

  @Test
  void evalErrorsNameTheInput() throws IOException {
    Path notJson = write("rules.md", "# not JSON\n");
    assertTrue(refusal("eval", "sbd", notJson.toString()).startsWith("parallax: " + notJson + ": malformed JSON"));
    Path notTsv = write("pairs.tsv", "no tabs here\nnor here\n");
    assertEquals("parallax: " + notTsv + ": no pairs read (2 lines skipped); expected the tab-separated STS Benchmark format",
        refusal("eval", "stsb", notTsv.toString(), "--no-semantic"));
    assertEquals("parallax: " + dir + ": Is a directory", refusal("eval", "msrp", dir.toString(), "--no-semantic"));
    assertTrue(refusal("eval", "basil", dir.toString()).startsWith("parallax: " + dir + ": articles"));
  }

  // --- HTTP

  /** Serves one raw response to every connection until closed. */
  private static final class RawServer implements AutoCloseable {
    final ServerSocket socket;

    RawServer(byte[] response, boolean hold) throws IOException {
      socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
      Thread t = new Thread(() -> {
        List<Socket> open = new ArrayList<>();
        try {
          while (true) {
            Socket s = socket.accept();
            InputStream in = s.getInputStream();
            byte[] buf = new byte[4096];
            int n = in.read(buf);
            if (n < 0) {
              s.close();
              continue;
            }
            OutputStream out = s.getOutputStream();
            out.write(response);
            out.flush();
            if (hold) {
              open.add(s);
            } else {
              s.close();
            }
          }
        } catch (IOException e) {
          // closed at the end of the test
        }
      });
      t.setDaemon(true);
      t.start();
    }

    String url(String path) {
      return "http://127.0.0.1:" + socket.getLocalPort() + path;
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  private static byte[] response(String headers, String body) {
    return ("HTTP/1.1 200 OK\r\n" + headers + "\r\n" + body).getBytes(StandardCharsets.UTF_8);
  }

  private String urlRefusal(String headers, String body, boolean hold) throws IOException {
    try (RawServer server = new RawServer(response(headers, body), hold)) {
      String url = server.url("/article");
      long t0 = System.nanoTime();
      String err = compareRefusal(url);
      assertTrue(err.startsWith("parallax: " + url + ": "), err);
      assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "refused at once, not after the 10 s timeout");
      return err.substring(("parallax: " + url + ": ").length());
    }
  }

  @Test
  void jsonResponseIsNotAnArticle() throws IOException {
    assertEquals("the server sent application/json, not an article (text/html, text/plain or text/markdown)",
        urlRefusal("Content-Type: application/json\r\nContent-Length: 13\r\n", "{\"a\": \"b c\"}\n", false));
  }

  @Test
  void tooLargeContentLengthIsRefusedAtOnce() throws IOException {
    assertEquals("too large: more than 10 MiB; use --max-size to raise the limit",
        urlRefusal("Content-Type: text/plain\r\nContent-Length: 99999999999\r\n", "Some text.", true));
  }

  @Test
  void negativeContentLengthIsRefusedAtOnce() throws IOException {
    String err = urlRefusal("Content-Type: text/plain\r\nContent-Length: -5\r\n", "Some text.", true);
    assertTrue(err.contains("Content-Length") && err.contains("-5"), err);
  }

  @Test
  void bodyShorterThanItsContentLengthSaysSo() throws IOException {
    assertEquals("the server closed the connection after 10 of the 2048 bytes its Content-Length promised",
        urlRefusal("Content-Type: text/plain\r\nContent-Length: 2048\r\n", "Some text.", false));
  }
}
