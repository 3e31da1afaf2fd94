package org.parallax.cli;

/** PLACEHOLDER: the command line lands with the CLI commit. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(0);
  }
}
