package org.parallax.cli;

/** A mistake in how Parallax was called or what it was given: exit 2 with one line. */
final class UserError extends Exception {
  private static final long serialVersionUID = 1L;

  UserError(String message) {
    super(message);
  }

  UserError(String message, Throwable cause) {
    super(message, cause);
  }
}
