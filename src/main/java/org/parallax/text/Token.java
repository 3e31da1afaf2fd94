package org.parallax.text;

import java.util.Objects;

/**
 * One word or number of a text.
 *
 * @param text the original characters
 * @param norm the folded, lower-cased form
 * @param stem the Porter stem of {@code norm}, for lexical matching
 * @param start offset in the tokenized text
 * @param end offset after the token
 * @param stopword whether the word carries little content (the, of, said ...)
 */
public record Token(String text, String norm, String stem, int start, int end, boolean stopword) {
  public Token {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(norm, "norm");
    Objects.requireNonNull(stem, "stem");
  }

  /** Returns whether the token is a number written in digits. */
  public boolean isNumber() {
    return !norm.isEmpty() && Character.isDigit(norm.charAt(0));
  }

  /** Returns whether the original begins with an upper-case letter. */
  public boolean isCapitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }
}
