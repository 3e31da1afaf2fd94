package org.parallax.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fetches an article over http or https with a time limit, a size cap and few redirects. */
final class HttpFetcher {
  /** What a server sent: the body, its declared media type, and the URL it finally came from. */
  record Fetched(byte[] body, String contentType, URI finalUri) {}

  static final int MAX_REDIRECTS = 5;
  /** The JDK's message for a body shorter than its Content-Length. */
  private static final Pattern SHORT_BODY =
      Pattern.compile("fixed content-length: (\\d+), bytes received: (\\d+)");

  private final IngestOptions options;
  private HttpClient client;

  HttpFetcher(IngestOptions options) {
    this.options = options;
  }

  /** Returns true when {@code source} looks like a URL rather than a file path. */
  static boolean isUrl(String source) {
    return source.matches("(?s)^[A-Za-z][A-Za-z0-9+.-]*://.*");
  }

  /** Fetches {@code source}; every failure becomes an {@link IngestException} naming the URL. */
  Fetched fetch(String source) throws IngestException {
    URI uri = parse(source, source);
    long deadline = System.nanoTime() + options.timeout().toNanos();
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      HttpResponse<byte[]> response = send(source, uri, deadline);
      int status = response.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        String location = response.headers().firstValue("Location").orElse(null);
        if (location == null) {
          throw new IngestException(source, "HTTP " + status + " redirect without a Location from " + uri);
        }
        uri = parse(source, uri.resolve(location.strip()).toString());
        continue;
      }
      if (status < 200 || status >= 300) {
        throw new IngestException(source, "HTTP " + status + " " + reason(status) + " from " + uri);
      }
      return new Fetched(response.body(), response.headers().firstValue("Content-Type").orElse(null), uri);
    }
    throw new IngestException(source, "too many redirects (more than " + MAX_REDIRECTS + ")");
  }

  private static URI parse(String source, String text) throws IngestException {
    URI uri;
    try {
      uri = URI.create(text);
    } catch (IllegalArgumentException e) {
      throw new IngestException(source, "not a valid URL: " + oneLine(e.getMessage()));
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IngestException(source, "unsupported URL scheme \"" + scheme + "\": use http or https");
    }
    if (uri.getHost() == null) {
      throw new IngestException(source, "URL has no host: " + text);
    }
    return uri;
  }

  private HttpResponse<byte[]> send(String source, URI uri, long deadline) throws IngestException {
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      throw timedOut(source);
    }
    HttpRequest request = HttpRequest.newBuilder(uri)
        .timeout(Duration.ofNanos(left))
        .header("User-Agent", "Parallax/0.1 (article comparison)")
        .header("Accept", "text/html, text/markdown, text/plain;q=0.9, */*;q=0.5")
        .GET()
        .build();
    CompletableFuture<HttpResponse<byte[]>> future =
        client().sendAsync(request, info -> {
          if (info.statusCode() < 200 || info.statusCode() >= 300) {
            return HttpResponse.BodySubscribers.replacing(new byte[0]);
          }
          String problem = refusal(info.headers(), options.maxBytes());
          return problem != null ? new RefusingSubscriber(problem) : new CappedSubscriber(options.maxBytes());
        });
    try {
      return future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw timedOut(source);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new IngestException(source, "interrupted while fetching", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      while (cause instanceof IOException && cause.getCause() instanceof TooLarge) {
        cause = cause.getCause();
      }
      if (cause instanceof TooLarge) {
        throw new IngestException(source, Ingestor.tooLarge(options.maxBytes()));
      }
      while (cause instanceof IOException && !(cause instanceof Refused) && cause.getCause() instanceof Refused) {
        cause = cause.getCause();
      }
      if (cause instanceof Refused) {
        throw new IngestException(source, cause.getMessage());
      }
      Matcher shortBody = cause == null || cause.getMessage() == null ? null : SHORT_BODY.matcher(cause.getMessage());
      if (shortBody != null && shortBody.find()) {
        throw new IngestException(source, "the server closed the connection after " + shortBody.group(2)
            + " of the " + shortBody.group(1) + " bytes its Content-Length promised");
      }
      if (cause instanceof HttpConnectTimeoutException || cause instanceof HttpTimeoutException) {
        throw timedOut(source);
      }
      if (cause instanceof java.net.ConnectException) {
        throw new IngestException(source, "cannot connect to " + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
            + ": connection refused", cause);
      }
      if (cause instanceof IOException && cause.getMessage() != null && cause.getMessage().contains("received no bytes")) {
        // The JDK's words for a server that accepted the connection and closed it without a reply.
        throw new IngestException(source, "the server closed the connection without answering", cause);
      }
      String what = cause == null ? "unknown error" : cause.getClass().getSimpleName()
          + (cause.getMessage() == null ? "" : ": " + oneLine(cause.getMessage()));
      throw new IngestException(source, "cannot fetch " + uri + ": " + what, cause);
    }
  }

  /**
   * Returns why a 2xx response is refused before its body is read (a media type that is not an
   * article, a Content-Length that is invalid or above the cap), or null to read it.
   */
  static String refusal(HttpHeaders headers, long maxBytes) {
    List<String> lengths = headers.allValues("Content-Length");
    for (String value : lengths) {
      long n;
      try {
        n = Long.parseLong(value.strip());
      } catch (NumberFormatException e) {
        return "invalid Content-Length '" + oneLine(value) + "' from the server";
      }
      if (n < 0) {
        return "invalid Content-Length " + n + " from the server";
      }
      if (n > maxBytes) {
        return Ingestor.tooLarge(maxBytes);
      }
    }
    String type = headers.firstValue("Content-Type").orElse(null);
    if (type != null) {
      String media = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
      if (!media.isEmpty() && !articleMediaType(media)) {
        return "the server sent " + oneLine(media) + ", not an article (text/html, text/plain or text/markdown)";
      }
    }
    return null;
  }

  private static boolean articleMediaType(String media) {
    switch (media) {
      case "text/css", "text/javascript", "text/csv", "text/tab-separated-values", "text/calendar",
          "text/vcard", "text/event-stream":
        return false;
      case "application/xhtml+xml", "application/xml", "application/octet-stream":
        return true;
      default:
        return media.startsWith("text/");
    }
  }

  private IngestException timedOut(String source) {
    return new IngestException(source, "timed out after " + seconds(options.timeout())
        + "; use --timeout to wait longer");
  }

  private static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? (ms / 1000) + " s" : ms + " ms";
  }

  private synchronized HttpClient client() {
    if (client == null) {
      client = HttpClient.newBuilder()
          .connectTimeout(options.timeout())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
    }
    return client;
  }

  private static String reason(int status) {
    switch (status) {
      case 400: return "Bad Request";
      case 401: return "Unauthorized";
      case 403: return "Forbidden";
      case 404: return "Not Found";
      case 410: return "Gone";
      case 429: return "Too Many Requests";
      case 500: return "Internal Server Error";
      case 502: return "Bad Gateway";
      case 503: return "Service Unavailable";
      case 504: return "Gateway Timeout";
      default: return status >= 500 ? "server error" : "client error";
    }
  }

  static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }

  /** Signals that a body passed the size cap. */
  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("body larger than the limit");
    }
  }

  /** Signals that a response was refused from its headers; the message is the problem. */
  private static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;

    Refused(String problem) {
      super(problem);
    }
  }

  /** Cancels the transfer at once: the headers already showed the body is not wanted. */
  private static final class RefusingSubscriber implements HttpResponse.BodySubscriber<byte[]> {
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final String problem;

    RefusingSubscriber(String problem) {
      this.problem = problem;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      s.cancel();
      result.completeExceptionally(new Refused(problem));
    }

    @Override
    public void onNext(List<ByteBuffer> items) {}

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(new Refused(problem));
    }

    @Override
    public void onComplete() {
      result.completeExceptionally(new Refused(problem));
    }
  }

  /** Collects a body and cancels the transfer as soon as it passes the size cap. */
  private static final class CappedSubscriber implements HttpResponse.BodySubscriber<byte[]> {
    private final long max;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    CappedSubscriber(long max) {
      this.max = max;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer b : items) {
        if (out.size() + (long) b.remaining() > max) {
          result.completeExceptionally(new TooLarge());
          subscription.cancel();
          return;
        }
        byte[] chunk = new byte[b.remaining()];
        b.get(chunk);
        out.write(chunk, 0, chunk.length);
      }
    }

    @Override
    public void onError(Throwable t) {
      result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      result.complete(out.toByteArray());
    }
  }
}
