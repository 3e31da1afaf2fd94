package org.parallax.facts;

/**
 * One word of a sentence as the finders see it.
 *
 * @param text the original characters, without a trailing possessive 's
 * @param norm the folded lower-case form
 * @param stem the Porter stem of the norm
 * @param start body offset of the first character
 * @param end body offset after the last character (before any possessive 's)
 * @param tag the UD part of speech
 * @param initial whether the word opens the sentence or a quotation, so its capital says little
 * @param possessive whether the word carried a possessive 's
 * @param gapBefore the characters between the previous word and this one
 */
record Word(
    String text,
    String norm,
    String stem,
    int start,
    int end,
    String tag,
    boolean initial,
    boolean possessive,
    String gapBefore) {

  boolean capitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }

  boolean isNumber() {
    return !norm.isEmpty() && Character.isDigit(norm.charAt(0));
  }

  boolean alphabetic() {
    return text.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '.' || c == '\'');
  }

  boolean propn() {
    return "PROPN".equals(tag);
  }
}
