package org.parallax.ingest;

/** An input that cannot be compared; the message names the input and the problem in one line. */
public final class IngestException extends Exception {
  private static final long serialVersionUID = 1L;

  public IngestException(String source, String problem) {
    super(source + ": " + problem);
  }

  public IngestException(String source, String problem, Throwable cause) {
    super(source + ": " + problem, cause);
  }
}
