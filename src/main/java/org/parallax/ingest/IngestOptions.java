package org.parallax.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits for reading one input.
 *
 * @param maxBytes the largest input accepted, in bytes
 * @param timeout the longest time a URL may take to connect and deliver its body
 */
public record IngestOptions(long maxBytes, Duration timeout) {
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

  /** Returns the default options: 10 MiB and 10 seconds. */
  public static IngestOptions defaults() {
    return new IngestOptions(DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT);
  }

  /** Returns a copy with another size limit. */
  public IngestOptions withMaxBytes(long bytes) {
    return new IngestOptions(bytes, timeout);
  }

  /** Returns a copy with another timeout. */
  public IngestOptions withTimeout(Duration duration) {
    return new IngestOptions(maxBytes, duration);
  }
}
