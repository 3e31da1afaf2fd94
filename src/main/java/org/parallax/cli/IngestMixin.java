package org.parallax.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.ingest.IngestOptions;
import picocli.CommandLine.Option;

/** The input options shared by compare, batch and inspect: {@code --max-size}, {@code --timeout}, {@code --encoding}. */
final class IngestMixin {
  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmg]i?b?|b)?");
  private static final Pattern TIME = Pattern.compile("(\\d+)\\s*(ms|s|m)?");

  @Option(
      names = "--max-size",
      paramLabel = "SIZE",
      description = "largest input accepted, e.g. 500k, 10M, 1G (default: 10M)")
  String maxSize;

  @Option(
      names = "--timeout",
      paramLabel = "TIME",
      description = "longest wait for a URL, e.g. 30s, 2m, 500ms; a bare number is seconds (default: 10s)")
  String timeout;

  @Option(
      names = "--encoding",
      paramLabel = "NAME",
      description = "read every input in this encoding, e.g. windows-1251, KOI8-R, GB18030, Shift_JIS,"
          + " UTF-16LE (default: detected per input)")
  String encoding;

  /** Returns the ingest options these flags ask for; a malformed value is a user error. */
  IngestOptions options() throws UserError {
    IngestOptions o = IngestOptions.defaults();
    if (maxSize != null) {
      o = o.withMaxBytes(parseSize(maxSize));
    }
    if (timeout != null) {
      o = o.withTimeout(parseTimeout(timeout));
    }
    if (encoding != null) {
      o = o.withEncoding(parseEncoding(encoding));
    }
    return o;
  }

  /** Returns the number of bytes {@code text} names (k, M and G are powers of 1024). */
  static long parseSize(String text) throws UserError {
    Matcher m = SIZE.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new UserError("--max-size: expected a size such as 500k, 10M or 1G, got '" + text + "'");
    }
    long n;
    try {
      n = Long.parseLong(m.group(1));
    } catch (NumberFormatException e) {
      throw new UserError("--max-size: '" + text + "' is too large");
    }
    String unit = m.group(2) == null ? "b" : m.group(2);
    int shift =
        switch (unit.charAt(0)) {
          case 'k' -> 10;
          case 'm' -> 20;
          case 'g' -> 30;
          default -> 0;
        };
    if (n <= 0 || n > (Long.MAX_VALUE >> shift)) {
      throw new UserError("--max-size: must be between 1 byte and 8 EiB, got '" + text + "'");
    }
    return n << shift;
  }

  /** Returns the charset {@code name} names; an unknown name is a user error. */
  static Charset parseEncoding(String name) throws UserError {
    try {
      return Charset.forName(name.strip());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new UserError("--encoding: unknown encoding '" + name
          + "'; use a name such as UTF-8, windows-1252, windows-1251, KOI8-R, GB18030 or Shift_JIS");
    } catch (IllegalArgumentException e) {
      throw new UserError("--encoding: expected an encoding name such as UTF-8, got '" + name + "'");
    }
  }

  /** Returns the duration {@code text} names. */
  static Duration parseTimeout(String text) throws UserError {
    Matcher m = TIME.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new UserError("--timeout: expected a time such as 30s, 2m or 500ms, got '" + text + "'");
    }
    long n;
    try {
      n = Long.parseLong(m.group(1));
    } catch (NumberFormatException e) {
      throw new UserError("--timeout: '" + text + "' is too long");
    }
    if (n <= 0 || n > 86_400_000L) {
      throw new UserError("--timeout: must be positive and at most a day, got '" + text + "'");
    }
    String unit = m.group(2) == null ? "s" : m.group(2);
    Duration d =
        switch (unit) {
          case "ms" -> Duration.ofMillis(n);
          case "m" -> Duration.ofMinutes(n);
          default -> Duration.ofSeconds(n);
        };
    if (d.compareTo(Duration.ofDays(1)) > 0) {
      throw new UserError("--timeout: must be at most a day, got '" + text + "'");
    }
    return d;
  }
}
