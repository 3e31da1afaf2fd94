package org.parallax.text;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Waits for work that a stage runs on another thread (embedding, alignment beside quotes and
 * facts, the HTML report), so that its failure surfaces as if it had run on the caller's thread.
 */
public final class Tasks {
  private Tasks() {}

  /**
   * Returns the result of {@code task}, waiting for it; rethrows the unchecked exception or error it
   * failed with, and wraps a checked one in IllegalStateException. On interruption, the thread's
   * interrupt flag is set again and IllegalStateException says what was {@code doing}.
   */
  public static <T> T await(Future<T> task, String doing) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + doing, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }
}
