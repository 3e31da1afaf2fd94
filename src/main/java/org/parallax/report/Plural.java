package org.parallax.report;

/** Writes a count with its noun in the right number: "1 sentence", "2 sentences". */
public final class Plural {
  private Plural() {}

  /** Returns {@code n} and {@code noun}, with an "s" added unless {@code n} is 1. */
  public static String of(long n, String noun) {
    return n + " " + (n == 1 ? noun : noun + "s");
  }

  /** Returns {@code n} with {@code singular} when {@code n} is 1 and {@code plural} otherwise. */
  public static String of(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
