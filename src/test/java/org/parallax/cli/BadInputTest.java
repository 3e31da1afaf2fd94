package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of unusable input gives exit 2, one line naming the input and the problem, and no reports. */
class BadInputTest {
  private static final String GOOD =
      "The council approved the new budget on Monday. Critics said the plan cuts school funding."
          + " The mayor defended the decision at a press conference.\n";

  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Runs compare of {@code bad} against a good article and checks the refusal. */
  private String refused(String bad, String problem, String... extra) throws IOException {
    Path good = write("good.txt", GOOD);
    Path out = dir.resolve("reports");
    List<String> args = new ArrayList<>(List.of("compare", bad, good.toString(), "-o", out.toString(), "--no-semantic"));
    args.addAll(List.of(extra));
    MainTest.Run r = MainTest.run(args.toArray(new String[0]));
    assertEquals(Main.USAGE, r.code(), r.err());
    String err = r.err().strip();
    assertEquals(1, err.lines().count(), err);
    assertTrue(err.startsWith("parallax: " + bad + ": "), err);
    assertTrue(err.contains(problem), err);
    assertFalse(err.contains("Exception") || err.contains("\tat "), err);
    assertEquals("", r.out());
    assertFalse(Files.exists(out), "no reports are written for a refused input");
    return err;
  }

  @Test
  void emptyFile() throws IOException {
    refused(write("empty.txt", new byte[0]).toString(), "empty input");
  }

  @Test
  void whitespaceOnlyFile() throws IOException {
    refused(write("blank.txt", " \n\t\n   \n").toString(), "only whitespace");
  }

  @Test
  void pdfFile() throws IOException {
    byte[] pdf = "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<<>>\nstream\n".getBytes(StandardCharsets.ISO_8859_1);
    refused(write("paper.pdf", pdf).toString(), "binary input (PDF data)");
  }

  @Test
  void pngFile() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    refused(write("photo.txt", png).toString(), "binary input (PNG data)");
  }

  @Test
  void directory() throws IOException {
    Path d = Files.createDirectory(dir.resolve("folder"));
    refused(d.toString(), "is a directory");
  }

  @Test
  void missingFile() throws IOException {
    refused(dir.resolve("nowhere.txt").toString(), "no such file");
  }

  @Test
  void unreadableFile() throws IOException {
    Path p = write("secret.txt", GOOD);
    try {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
    } catch (UnsupportedOperationException e) {
      assumeFalse(true, "no POSIX permissions here");
    }
    assumeFalse(Files.isReadable(p), "running as a user who can read anything (root)");
    refused(p.toString(), "cannot read");
  }

  @Test
  void fileOverTheDefaultLimitIsRefusedWithoutReadingIt() throws IOException {
    Path big = dir.resolve("huge.txt");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(200L << 20); // sparse: 200 MiB on paper, nothing on disk
    }
    String err = refused(big.toString(), "too large: more than 10 MiB");
    assertTrue(err.contains("--max-size"), err);
  }

  @Test
  void maxSizeLowersAndRaisesTheLimit() throws IOException {
    Path article = write("article.txt", GOOD);
    refused(article.toString(), "too large: more than 100 bytes", "--max-size", "100");
    Path out = dir.resolve("ok");
    MainTest.Run r =
        MainTest.run("compare", article.toString(), article.toString(), "-o", out.toString(), "--no-semantic", "--max-size", "20M");
    assertEquals(Main.OK, r.code(), r.err());
  }

  @Test
  void malformedMaxSizeIsAUsageError() {
    MainTest.Run r = MainTest.run("compare", "a.txt", "b.txt", "--max-size", "ten");
    assertEquals(Main.USAGE, r.code());
    assertEquals("parallax: --max-size: expected a size such as 500k, 10M or 1G, got 'ten'", r.err().strip());
  }

  @Test
  void htmlWithoutBodyText() throws IOException {
    String html = "<html><head><title>Only a title</title></head><body><nav>Home</nav><script>var x = 1;</script></body></html>";
    refused(write("empty.html", html).toString(), "HTML has no body text");
  }

  @Test
  void oneSentenceArticle() throws IOException {
    String err = refused(write("one.txt", "The minister resigned on Friday.\n").toString(), "only one sentence");
    assertTrue(err.endsWith("only one sentence; Parallax needs at least two to compare"), err);
  }

  @Test
  void urlAnswering404() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ex -> {
      ex.sendResponseHeaders(404, -1);
      ex.close();
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/gone.html";
      refused(url, "HTTP 404");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void urlThatNeverAnswersTimesOut() throws IOException {
    try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      List<Socket> held = new ArrayList<>();
      Thread acceptor = new Thread(() -> {
        try {
          while (true) {
            held.add(silent.accept());
          }
        } catch (IOException e) {
          // closed at the end of the test
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
      String url = "http://127.0.0.1:" + silent.getLocalPort() + "/slow.html";
      long t0 = System.nanoTime();
      String err = refused(url, "timed out", "--timeout", "300ms");
      assertTrue(err.contains("--timeout"), err);
      assertTrue(System.nanoTime() - t0 < 20_000_000_000L, "the timeout was not applied");
    }
  }

  @Test
  void identicalArticlesAreAValidComparison() throws IOException {
    Path a = write("same.txt", GOOD);
    MainTest.Run r = MainTest.run("compare", a.toString(), a.toString(), "-o", dir.resolve("r").toString(), "--no-semantic");
    assertEquals(Main.OK, r.code(), r.err());
    assertTrue(r.out().contains("Verdict: related"), r.out());
    assertTrue(r.out().contains("Shared content: 3 of 3 A sentences (100% of text)"), r.out());
  }

  @Test
  void unrelatedArticlesAreAValidComparison() throws IOException {
    Path a = write("budget.txt", GOOD);
    Path b = write("storm.txt", "A tropical storm flooded the coastal villages overnight. Fishermen lost their boats in the surge.\n");
    MainTest.Run r = MainTest.run("compare", a.toString(), b.toString(), "-o", dir.resolve("r").toString(), "--no-semantic");
    assertEquals(Main.OK, r.code(), r.err());
    assertTrue(r.out().contains("Verdict: unrelated"), r.out());
  }

  @Test
  void latin1IsDecodedAndSaidSo() throws IOException {
    byte[] latin1 = ("Caf\u00e9 owners in Paris said prices rose. The minister disagreed with them.\n").getBytes(StandardCharsets.ISO_8859_1);
    Path a = write("latin1.txt", latin1);
    Path good = write("good.txt", GOOD);
    Path out = dir.resolve("r");
    MainTest.Run r = MainTest.run("compare", a.toString(), good.toString(), "-o", out.toString(), "--no-semantic", "--format", "json");
    assertEquals(Main.OK, r.code(), r.err());
    assertTrue(r.err().contains("parallax: warning: " + a + ": decoded as Windows-1252"), r.err());
    String json = Files.readString(out.resolve("latin1-vs-good.json"), StandardCharsets.UTF_8);
    assertTrue(json.contains("Caf\u00e9 owners"), "decoded, not mojibake");
    assertFalse(json.contains("\u00c3"), "no mojibake");
  }

  @Test
  void mixedUtf8AndLatin1AreBothDecodedAndSaidSo() throws IOException {
    byte[] head = "Caf\u00e9 owners in S\u00e3o Paulo said prices rose. ".getBytes(StandardCharsets.UTF_8);
    byte[] tail = "The na\u00efve minister disagreed with them.\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] both = java.util.Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, both, head.length, tail.length);
    Path a = write("mixed.txt", both);
    Path good = write("good.txt", GOOD);
    Path out = dir.resolve("r");
    MainTest.Run r = MainTest.run("compare", a.toString(), good.toString(), "-o", out.toString(), "--no-semantic", "--format", "json");
    assertEquals(Main.OK, r.code(), r.err());
    assertTrue(r.err().contains("parallax: warning: " + a + ": mixed encodings: 1 byte not valid UTF-8"), r.err());
    String json = Files.readString(out.resolve("mixed-vs-good.json"), StandardCharsets.UTF_8);
    assertTrue(json.contains("Caf\u00e9 owners in S\u00e3o Paulo"), "the UTF-8 part decoded, not mojibake");
    assertTrue(json.contains("na\u00efve minister"), "the Latin-1 part decoded");
    assertFalse(json.contains("\u00c3"), "no mojibake");
  }
}
