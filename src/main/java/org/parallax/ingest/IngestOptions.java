package org.parallax.ingest;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Objects;

/**
 * Limits for reading one input.
 *
 * @param maxBytes the largest input accepted, in bytes
 * @param timeout the longest time a URL may take to connect and deliver its body
 * @param encoding the encoding every input is read in, or null to detect it per input
 */
public record IngestOptions(long maxBytes, Duration timeout, Charset encoding) {
  /** The default size limit: 10 MiB. */
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  /** The default URL timeout: 10 seconds. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  public IngestOptions {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
  }

  /** Creates limits with the encoding detected per input. */
  public IngestOptions(long maxBytes, Duration timeout) {
    this(maxBytes, timeout, null);
  }

  /** Returns the default options: 10 MiB, 10 seconds, encoding detected. */
  public static IngestOptions defaults() {
    return new IngestOptions(DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, null);
  }

  /** Returns a copy with another size limit. */
  public IngestOptions withMaxBytes(long bytes) {
    return new IngestOptions(bytes, timeout, encoding);
  }

  /** Returns a copy with another timeout. */
  public IngestOptions withTimeout(Duration duration) {
    return new IngestOptions(maxBytes, duration, encoding);
  }

  /** Returns a copy that reads every input in {@code charset} (null: detect). */
  public IngestOptions withEncoding(Charset charset) {
    return new IngestOptions(maxBytes, timeout, charset);
  }
}
