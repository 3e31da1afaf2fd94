package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** URL reading against a local server on 127.0.0.1. */
class HttpIngestTest {
  private static final String PAGE = "<!DOCTYPE html><html><head><title>Ignored | Example Times</title>"
      + "<meta property=\"og:title\" content=\"Port Reopens After Storm\">"
      + "<meta property=\"og:site_name\" content=\"Example Times\">"
      + "<meta name=\"author\" content=\"Jane Doe\">"
      + "<meta property=\"article:published_time\" content=\"2024-03-05T08:00:00Z\"></head>"
      + "<body><nav><a href=/>Home</a> <a href=/world>World</a></nav>"
      + "<article><h1>Port Reopens After Storm</h1>"
      + "<p>The port reopened on Tuesday after a storm closed it for three days.</p>"
      + "<p>Officials said shipping would be back to normal by the weekend.</p></article>"
      + "<footer>© 2024 Example Times</footer></body></html>";

  private HttpServer server;
  private ExecutorService executor;
  private String base;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    executor = Executors.newCachedThreadPool();
    server.setExecutor(executor);
    server.createContext("/article", ex -> send(ex, 200, "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8)));
    server.createContext("/notes", ex -> send(ex, 200, "text/plain",
        "# Notes On The Vote\n\nThe [council](https://example.org) voted *yes* on Monday.\n".getBytes(StandardCharsets.UTF_8)));
    server.createContext("/latin", ex -> send(ex, 200, "text/plain; charset=ISO-8859-1",
        "The caf\u00e9 reopened on Monday morning.".getBytes(StandardCharsets.ISO_8859_1)));
    server.createContext("/missing", ex -> send(ex, 404, "text/html", "<p>not here</p>".getBytes(StandardCharsets.UTF_8)));
    server.createContext("/broken", ex -> send(ex, 503, "text/plain", new byte[0]));
    server.createContext("/slow", ex -> {
      try {
        Thread.sleep(5000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      send(ex, 200, "text/plain", "Late text.".getBytes(StandardCharsets.UTF_8));
    });
    server.createContext("/big", ex -> send(ex, 200, "text/plain",
        "A long line of words. ".repeat(2000).getBytes(StandardCharsets.UTF_8)));
    server.createContext("/moved", ex -> redirect(ex, "/article"));
    server.createContext("/loop", ex -> redirect(ex, "/loop"));
    server.createContext("/to-ftp", ex -> redirect(ex, "ftp://example.org/x"));
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() throws InterruptedException {
    server.stop(0);
    executor.shutdownNow();
    executor.awaitTermination(5, TimeUnit.SECONDS);
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  private static void redirect(HttpExchange ex, String location) throws IOException {
    ex.getResponseHeaders().set("Location", location);
    ex.sendResponseHeaders(302, -1);
    ex.close();
  }

  private static String message(Ingestor ingestor, String url) {
    return assertThrows(IngestException.class, () -> ingestor.read(url)).getMessage();
  }

  @Test
  void readsHtmlWithMetadata() throws Exception {
    Document d = new Ingestor().read(base + "/article");
    assertEquals(Format.HTML, d.format());
    assertEquals(base + "/article", d.source());
    assertEquals("Port Reopens After Storm", d.title());
    assertEquals("Jane Doe", d.byline());
    assertEquals("Example Times", d.publisher());
    assertEquals(LocalDate.of(2024, 3, 5), d.published());
    assertEquals("The port reopened on Tuesday after a storm closed it for three days.\n\n"
        + "Officials said shipping would be back to normal by the weekend.", d.body());
    assertTrue(TestTexts.removedAs(d, "Home World", "navigation"), d.removed().toString());
    assertTrue(TestTexts.removedAs(d, "© 2024 Example Times", "page footer"), d.removed().toString());
  }

  @Test
  void plainTextMediaTypeWithMarkdownContentIsSniffed() throws Exception {
    Document d = new Ingestor().read(base + "/notes");
    assertEquals(Format.MARKDOWN, d.format());
    assertEquals("Notes On The Vote", d.title());
    assertEquals("The council voted yes on Monday.", d.body());
  }

  @Test
  void charsetFromContentTypeIsUsedWhenNotUtf8() throws Exception {
    Document d = new Ingestor().read(base + "/latin");
    assertEquals("The caf\u00e9 reopened on Monday morning.", d.body());
  }

  @Test
  void followsARedirect() throws Exception {
    assertEquals("Port Reopens After Storm", new Ingestor().read(base + "/moved").title());
  }

  @Test
  void notFoundNamesUrlAndStatus() {
    String url = base + "/missing";
    assertEquals(url + ": HTTP 404 Not Found from " + url, message(new Ingestor(), url));
  }

  @Test
  void serverErrorNamesUrlAndStatus() {
    String url = base + "/broken";
    assertEquals(url + ": HTTP 503 Service Unavailable from " + url, message(new Ingestor(), url));
  }

  @Test
  void slowServerTimesOut() {
    String url = base + "/slow";
    Ingestor quick = new Ingestor(IngestOptions.defaults().withTimeout(Duration.ofMillis(300)));
    long start = System.nanoTime();
    assertEquals(url + ": timed out after 300 ms; use --timeout to wait longer", message(quick, url));
    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(4), "gave up in time");
  }

  @Test
  void oversizedBodyStopsAtTheCap() {
    String url = base + "/big";
    Ingestor small = new Ingestor(IngestOptions.defaults().withMaxBytes(4096));
    assertEquals(url + ": too large: more than 4 KiB; use --max-size to raise the limit", message(small, url));
  }

  @Test
  void redirectLoopStops() {
    String url = base + "/loop";
    assertEquals(url + ": too many redirects (more than 5)", message(new Ingestor(), url));
  }

  @Test
  void redirectToAnotherSchemeIsRefused() {
    String url = base + "/to-ftp";
    assertEquals(url + ": unsupported URL scheme \"ftp\": use http or https", message(new Ingestor(), url));
  }
}
