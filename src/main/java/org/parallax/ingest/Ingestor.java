package org.parallax.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entry point of the ingest stage: reads an article and separates its body from boilerplate.
 *
 * <p>Sources are file paths, "-" for standard input, or http(s) URLs. Every problem with the
 * input surfaces as an {@link IngestException} with a one-line message; everything left out of
 * the body is listed in {@link Document#removed()}.
 */
public final class Ingestor {
  private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);

  private final IngestOptions options;
  private final InputStream stdin;
  private final HttpFetcher fetcher;

  /** Creates an ingestor with default limits that reads "-" from {@link System#in}. */
  public Ingestor() {
    this(IngestOptions.defaults());
  }

  /** Creates an ingestor with the given limits that reads "-" from {@link System#in}. */
  public Ingestor(IngestOptions options) {
    this(options, System.in);
  }

  /** Creates an ingestor with the given limits that reads "-" from {@code stdin}. */
  public Ingestor(IngestOptions options, InputStream stdin) {
    this.options = Objects.requireNonNull(options, "options");
    this.stdin = Objects.requireNonNull(stdin, "stdin");
    this.fetcher = new HttpFetcher(options);
  }

  /** Reads and cleans the article at {@code source}: a path, "-" for standard input, or an http(s) URL. */
  public Document read(String source) throws IngestException {
    Objects.requireNonNull(source, "source");
    if (source.equals("-")) {
      return parse(source, readCapped(source, stdin), null);
    }
    if (HttpFetcher.isUrl(source)) {
      HttpFetcher.Fetched fetched = fetcher.fetch(source);
      Format hint = FormatSniffer.fromMediaType(fetched.contentType());
      if (hint == null && fetched.finalUri().getPath() != null) {
        hint = FormatSniffer.fromFileName(fetched.finalUri().getPath());
      }
      return parse(source, fetched.body(), hint, charset(fetched.contentType()));
    }
    return parse(source, readFile(source), FormatSniffer.fromFileName(source));
  }

  /**
   * Parses an article from bytes already read.
   *
   * @param source the name used in the document and in error messages
   * @param formatOrNull the format the input claims (by extension or media type), or null to sniff
   */
  public Document parse(String source, byte[] bytes, Format formatOrNull) throws IngestException {
    return parse(source, bytes, formatOrNull, null);
  }

  private Document parse(String source, byte[] bytes, Format claimed, String charset)
      throws IngestException {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length > options.maxBytes()) {
      throw new IngestException(source, tooLarge(options.maxBytes()));
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(source, bytes, charset, options.encoding());
    List<String> warnings = new ArrayList<>(decoded.warnings());
    // Canonical before parsing too: a line holding only invisible characters is a blank line.
    String text = Canonicalizer.text(decoded.text());
    Format format = chooseFormat(text, claimed, warnings);
    Parsed parsed;
    switch (format) {
      case HTML:
        parsed = HtmlReader.read(text);
        if (parsed.blocks().isEmpty()) {
          throw new IngestException(source, "HTML has no body text");
        }
        break;
      case MARKDOWN:
        parsed = MarkdownReader.read(text);
        break;
      default:
        parsed = PlainTextReader.read(text);
        break;
    }
    // Invisible differences (NFD accents, soft hyphens, zero-width spaces) must not become
    // differences between the articles: every later stage sees one canonical form.
    return ArticleCleaner.clean(source, format, Canonicalizer.parsed(parsed), warnings);
  }

  private static Format chooseFormat(String text, Format claimed, List<String> warnings) {
    Format sniffed = FormatSniffer.sniff(text);
    if (claimed == null) {
      return sniffed;
    }
    if (sniffed == claimed) {
      return claimed;
    }
    boolean override = sniffed == Format.HTML
        || claimed == Format.TXT && sniffed == Format.MARKDOWN
        || claimed == Format.HTML;
    if (!override) {
      return claimed;
    }
    warnings.add("read as " + name(sniffed) + ": the content looks like " + name(sniffed)
        + ", not " + name(claimed));
    return sniffed;
  }

  private static String name(Format f) {
    switch (f) {
      case HTML: return "HTML";
      case MARKDOWN: return "Markdown";
      default: return "plain text";
    }
  }

  private byte[] readFile(String source) throws IngestException {
    Path path;
    try {
      path = Path.of(source);
    } catch (InvalidPathException e) {
      throw new IngestException(source, "not a valid path: " + HttpFetcher.oneLine(e.getReason()));
    }
    if (!Files.exists(path)) {
      throw new IngestException(source, missing(path));
    }
    if (Files.isDirectory(path)) {
      throw new IngestException(source, "is a directory, not a file");
    }
    if (!Files.isReadable(path)) {
      throw new IngestException(source, "cannot read: permission denied");
    }
    try {
      if (Files.isRegularFile(path) && Files.size(path) > options.maxBytes()) {
        throw new IngestException(source, tooLarge(options.maxBytes()));
      }
      try (InputStream in = Files.newInputStream(path)) {
        return readCapped(source, in);
      }
    } catch (NoSuchFileException e) {
      throw new IngestException(source, "no such file", e);
    } catch (AccessDeniedException e) {
      throw new IngestException(source, "cannot read: permission denied", e);
    } catch (IOException e) {
      throw new IngestException(source, "cannot read: " + HttpFetcher.oneLine(e.getMessage()), e);
    }
  }

  /** Returns why {@code path} cannot be found: no such file, a dangling link, or a link loop. */
  private static String missing(Path path) {
    try {
      path.toRealPath();
      return "no such file";
    } catch (NoSuchFileException e) {
      if (Files.isSymbolicLink(path)) {
        try {
          return "broken symbolic link to " + Files.readSymbolicLink(path) + ", which does not exist";
        } catch (IOException | UnsupportedOperationException ignored) {
          return "broken symbolic link";
        }
      }
      return "no such file";
    } catch (FileSystemException e) {
      String reason = e.getReason() == null ? "" : e.getReason();
      if (reason.toLowerCase(Locale.ROOT).contains("levels of symbolic links")) {
        return "symbolic link loop: too many levels of symbolic links";
      }
      return "cannot read: " + HttpFetcher.oneLine(reason.isEmpty() ? String.valueOf(e.getMessage()) : reason);
    } catch (IOException | SecurityException e) {
      return "cannot read: " + HttpFetcher.oneLine(e.getMessage());
    }
  }

  private byte[] readCapped(String source, InputStream in) throws IngestException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    long total = 0;
    try {
      int n;
      while ((n = in.read(buf)) >= 0) {
        total += n;
        if (total > options.maxBytes()) {
          throw new IngestException(source, tooLarge(options.maxBytes()));
        }
        out.write(buf, 0, n);
      }
    } catch (IOException e) {
      throw new IngestException(source, "cannot read: " + HttpFetcher.oneLine(e.getMessage()), e);
    }
    return out.toByteArray();
  }

  /** Returns the problem text for an input above the limit, saying how to raise it. */
  static String tooLarge(long maxBytes) {
    return "too large: more than " + size(maxBytes) + "; use --max-size to raise the limit";
  }

  private static String size(long bytes) {
    if (bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MiB";
    }
    if (bytes % 1024 == 0) {
      return bytes / 1024 + " KiB";
    }
    return bytes + " bytes";
  }

  private static String charset(String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = CHARSET.matcher(contentType);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }
}
