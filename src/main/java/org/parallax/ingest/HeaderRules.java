package org.parallax.ingest;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognizes the lines around a headline: bylines, signatures and datelines. */
final class HeaderRules {
  /** A byline's names and the date some bylines carry. */
  record Byline(String names, LocalDate date) {}

  /** A dateline's publisher (may be null) and date. */
  record Dateline(String publisher, LocalDate date) {}

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern BY = Pattern.compile(
      "^(?:by|written by|words by|reporting by|text by|story by|authors?\\s*:)\\s*:?\\s+(.+)$", FLAGS);
  private static final Pattern SIGNATURE = Pattern.compile("^[•·‣◦▪*~–—-]+\\s*(.+)$");
  private static final Pattern NAME_SPLIT = Pattern.compile("\\s*(?:,|;|\\||/|&|\\band\\b)\\s*");
  private static final Pattern DATE_PREFIX = Pattern.compile(
      "^(?:(first )?published|posted|updated|last updated|last modified|modified|date|dated)"
          + "(?:\\s+(?:on|at))?\\s*:?\\s*", FLAGS);
  private static final Pattern SEPARATOR = Pattern.compile("\\s*[,|·•–—-]\\s+|\\s+[|·•–—-]\\s*");
  private static final Set<String> PARTICLES = Set.of(
      "de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "del", "della", "al", "el", "bin",
      "ibn", "y", "ten", "ter", "dos", "das", "st.", "of", "the", "for", "and", "&", "on", "in", "at");

  private HeaderRules() {}

  /** Returns the byline in {@code line} ("By X", "By X and Y", "Author: X"), if it is one. */
  static Optional<Byline> byline(String line) {
    if (BoilerplateRules.words(line) > 30) {
      return Optional.empty();
    }
    Matcher m = BY.matcher(line.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String rest = trimPunct(m.group(1));
    if (names(rest, 1, 6)) {
      return Optional.of(new Byline(rest, null));
    }
    // "By Jane Doe, November 30, 2017" or "By Jane Doe | 30 Nov 2017"
    Matcher sep = SEPARATOR.matcher(rest);
    while (sep.find()) {
      String head = trimPunct(rest.substring(0, sep.start()));
      Optional<LocalDate> date = DateParser.parseWhole(rest.substring(sep.end()));
      if (date.isPresent() && names(head, 1, 6)) {
        return Optional.of(new Byline(head, date.get()));
      }
    }
    return Optional.empty();
  }

  /** Returns the name in a signature line like "• Tracy Klein" or "— Jane Doe", if it is one. */
  static Optional<String> signature(String line) {
    if (BoilerplateRules.words(line) > 10) {
      return Optional.empty();
    }
    Matcher m = SIGNATURE.matcher(line.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String name = trimPunct(m.group(1));
    int words = BoilerplateRules.words(name);
    return words >= 2 && words <= 8 && names(name, 2, 4) ? Optional.of(name) : Optional.empty();
  }

  /** Returns the dateline in {@code line}: a date alone, or "Publisher, date", if it is one. */
  static Optional<Dateline> dateline(String line) {
    if (BoilerplateRules.words(line) > 20) {
      return Optional.empty();
    }
    String t = trimPunct(DATE_PREFIX.matcher(line.strip()).replaceFirst(""));
    if (t.isEmpty() || BoilerplateRules.words(t) > 14) {
      return Optional.empty();
    }
    Optional<LocalDate> whole = DateParser.parseWhole(t);
    if (whole.isPresent()) {
      return Optional.of(new Dateline(null, whole.get()));
    }
    Matcher sep = SEPARATOR.matcher(t);
    while (sep.find()) {
      String head = trimPunct(t.substring(0, sep.start()));
      String tail = trimPunct(t.substring(sep.end()));
      Optional<LocalDate> date = DateParser.parseWhole(tail);
      if (date.isPresent() && organization(head)) {
        return Optional.of(new Dateline(head, date.get()));
      }
      date = DateParser.parseWhole(head);
      if (date.isPresent() && organization(tail) && sep.group().strip().length() == 1
          && !sep.group().contains(",")) {
        return Optional.of(new Dateline(tail, date.get()));
      }
    }
    return Optional.empty();
  }

  /** Returns true for a list of 1..max personal names, each of minWords..4 capitalized words. */
  static boolean names(String text, int minWordsFirst, int maxNames) {
    if (text.isEmpty() || BoilerplateRules.words(text) > 14 || text.chars().anyMatch(Character::isDigit)) {
      return false;
    }
    String[] parts = NAME_SPLIT.split(text);
    if (parts.length > maxNames) {
      return false;
    }
    for (int i = 0; i < parts.length; i++) {
      String[] words = parts[i].strip().split("\\s+");
      if (parts[i].isBlank() || words.length > 5 || i == 0 && words.length < minWordsFirst) {
        return false;
      }
      for (String w : words) {
        if (!nameWord(w)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean organization(String text) {
    if (text.isEmpty() || text.chars().anyMatch(Character::isDigit)) {
      return false;
    }
    String[] words = text.split("\\s+");
    if (words.length > 6) {
      return false;
    }
    for (String w : words) {
      if (!nameWord(w)) {
        return false;
      }
    }
    return true;
  }

  private static boolean nameWord(String w) {
    if (PARTICLES.contains(w.toLowerCase(java.util.Locale.ROOT))) {
      return true;
    }
    int first = w.codePointAt(0);
    if (first == '\'' || first == '’' || first == '"' || first == '“' || first == '(') {
      return w.length() > 1 && Character.isUpperCase(w.codePointAt(1));
    }
    return Character.isUpperCase(first);
  }

  private static String trimPunct(String s) {
    return s.strip().replaceAll("^[\\s,;:|·•–—-]+|[\\s,;:|·•–—.-]+$", "");
  }
}
