package org.parallax.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads calendar dates written the ways news sites write them. */
final class DateParser {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("january", 1),
      Map.entry("feb", 2), Map.entry("february", 2),
      Map.entry("mar", 3), Map.entry("march", 3),
      Map.entry("apr", 4), Map.entry("april", 4),
      Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("june", 6),
      Map.entry("jul", 7), Map.entry("july", 7),
      Map.entry("aug", 8), Map.entry("august", 8),
      Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("september", 9),
      Map.entry("oct", 10), Map.entry("october", 10),
      Map.entry("nov", 11), Map.entry("november", 11),
      Map.entry("dec", 12), Map.entry("december", 12));

  private static final String MONTH =
      "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final String WEEKDAY =
      "(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)?";
  private static final String TIME =
      "(?:\\s*(?:,|at|-|\\||·)?\\s*\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?"
          + "\\s*(?:[A-Z]{2,5}|UTC[+-]\\d{1,2}(?::?\\d{2})?|GMT[+-]\\d{1,2}(?::?\\d{2})?)?)?";

  /** "November 30, 2017", "Nov. 30, 2017", "Thursday, Nov 30 2017". */
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      WEEKDAY + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME,
      Pattern.CASE_INSENSITIVE);
  /** "30 November 2017", "30 Nov. 2017". */
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})" + TIME,
      Pattern.CASE_INSENSITIVE);
  /** "2017-11-30", "2017/11/30", "2017-11-30T08:15:00Z". */
  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?"
          + "(?:Z|[+-]\\d{2}:?\\d{2})?)?" + TIME,
      Pattern.CASE_INSENSITIVE);

  private DateParser() {}

  /** Returns the date when the whole of {@code text} is a date, with optional weekday and time. */
  static Optional<LocalDate> parseWhole(String text) {
    String t = text.strip();
    Matcher m = MONTH_DAY_YEAR.matcher(t);
    if (m.matches()) {
      return date(m.group(3), month(m.group(1)), m.group(2));
    }
    m = DAY_MONTH_YEAR.matcher(t);
    if (m.matches()) {
      return date(m.group(3), month(m.group(2)), m.group(1));
    }
    m = ISO.matcher(t);
    if (m.matches()) {
      return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
    }
    return Optional.empty();
  }

  /** Returns the date at the start of {@code text}, as in ISO time stamps like "2017-11-30T08:00Z". */
  static Optional<LocalDate> parseLeading(String text) {
    String t = text.strip();
    Matcher m = ISO.matcher(t);
    if (m.lookingAt()) {
      return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
    }
    m = MONTH_DAY_YEAR.matcher(t);
    if (m.lookingAt()) {
      return date(m.group(3), month(m.group(1)), m.group(2));
    }
    m = DAY_MONTH_YEAR.matcher(t);
    if (m.lookingAt()) {
      return date(m.group(3), month(m.group(2)), m.group(1));
    }
    return Optional.empty();
  }

  private static int month(String name) {
    String key = name.toLowerCase(Locale.ROOT).replace(".", "");
    Integer m = MONTHS.get(key);
    if (m == null) {
      m = MONTHS.getOrDefault(key.substring(0, Math.min(3, key.length())), 0);
    }
    return m;
  }

  private static Optional<LocalDate> date(String year, int month, String day) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
