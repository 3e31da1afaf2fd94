package org.parallax.facts;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Finds dates and resolves relative ones (Thursday, in September, this year) against the publication date. */
final class DateFinder {
  private static final Set<String> MONTH_PREPOSITIONS =
      Set.of("in", "since", "until", "till", "by", "of", "early", "late", "mid", "last", "next", "this", "from",
          "through", "during", "before", "after");
  private static final Set<String> FUTURE_MARKERS =
      Set.of("will", "ll", "next", "plan", "plans", "planned", "scheduled", "upcoming", "would", "expected");
  private static final Set<String> UPCOMING =
      Set.of("will", "ll", "scheduled", "slated", "due", "upcoming", "coming", "expected", "plans", "planned");
  /** Verbs of reporting: "said Thursday" dates the saying, which is past. */
  private static final Set<String> REPORTING =
      Set.of("said", "says", "told", "announced", "reported", "wrote", "tweeted", "added", "confirmed");
  private static final List<String> SEASONS = List.of("spring", "summer", "autumn", "fall", "winter");

  void find(SentenceWords sw, Context ctx, boolean[] claimed, List<Candidate> out) {
    List<Word> words = sw.words();
    boolean future = words.stream().anyMatch(w -> FUTURE_MARKERS.contains(w.norm()));
    boolean upcoming = upcoming(words);
    LocalDate pub = ctx.published();
    for (int i = 0; i < words.size(); i++) {
      if (claimed[i]) {
        continue;
      }
      Word w = words.get(i);
      String prev = i > 0 ? words.get(i - 1).norm() : "";
      Month month = month(w);
      if (month != null && (w.capitalized())) {
        int day = i + 1 < words.size() ? dayNumber(words.get(i + 1)) : -1;
        if (day > 0) {
          Integer year = i + 2 < words.size() ? year(words.get(i + 2)) : null;
          int to = year != null ? i + 3 : i + 2;
          int y = year != null ? year : pub != null ? pub.getYear() : -1;
          emitDay(sw, ctx, i, to, y, month, day, claimed, out);
          i = to - 1;
          continue;
        }
        Integer year = i + 1 < words.size() ? year(words.get(i + 1)) : null;
        boolean ambiguous = month == Month.MAY || month == Month.MARCH;
        if (year == null && ambiguous && !MONTH_PREPOSITIONS.contains(prev)) {
          continue;
        }
        int to = year != null ? i + 2 : i + 1;
        Integer y = year;
        if (y == null && pub != null) {
          y = month.getValue() > pub.getMonthValue() && !future ? pub.getYear() - 1 : pub.getYear();
        }
        String name = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (y == null) {
          emit(sw, ctx, i, to, "date:" + name.toLowerCase(Locale.ROOT), name, "month:" + name.toLowerCase(Locale.ROOT),
              claimed, out);
        } else {
          emit(sw, ctx, i, to, String.format(Locale.ROOT, "date:%04d-%02d", y, month.getValue()), name + " " + y,
              "month:" + name.toLowerCase(Locale.ROOT), claimed, out);
        }
        i = to - 1;
        continue;
      }
      int day = dayNumber(w);
      if (day > 0 && i + 1 < words.size() && month(words.get(i + 1)) != null && words.get(i + 1).capitalized()) {
        Month m = month(words.get(i + 1));
        Integer year = i + 2 < words.size() ? year(words.get(i + 2)) : null;
        int to = year != null ? i + 3 : i + 2;
        int y = year != null ? year : pub != null ? pub.getYear() : -1;
        emitDay(sw, ctx, i, to, y, m, day, claimed, out);
        i = to - 1;
        continue;
      }
      DayOfWeek weekday = weekday(w);
      if (weekday != null && w.capitalized()) {
        String name = weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String alias = "weekday:" + name.toLowerCase(Locale.ROOT);
        if (pub == null) {
          emit(sw, ctx, i, i + 1, "date:" + name.toLowerCase(Locale.ROOT), name, alias, claimed, out);
        } else {
          boolean reported = i > 0 && REPORTING.contains(words.get(i - 1).norm())
              || i > 1 && REPORTING.contains(words.get(i - 2).norm());
          LocalDate d = prev.equals("next")
              ? pub.with(TemporalAdjusters.next(weekday))
              : upcoming && !reported ? pub.with(TemporalAdjusters.nextOrSame(weekday))
              : pub.with(TemporalAdjusters.previousOrSame(weekday));
          emit(sw, ctx, i, i + 1, "date:" + d, dayCanonical(d), alias, claimed, out);
        }
        continue;
      }
      int season = SEASONS.indexOf(w.norm());
      if (season >= 0) {
        int to = i + 1;
        Integer year = null;
        if (to < words.size()) {
          year = year(words.get(to));
          if (year != null) {
            to++;
          }
        }
        if (year == null && (season == 3 || !Set.of("in", "this", "next", "last", "until", "by", "since").contains(prev))) {
          continue;
        }
        String name = SEASONS.get(season == 3 ? 2 : season);
        int end = to == i + 2 && sw.body(words.get(i + 1).end(), Math.min(sw.article().body().length(), words.get(i + 1).end() + 1)).equals("]")
            ? words.get(i + 1).end() + 1 : words.get(to - 1).end();
        if (year != null) {
          emitSpan(sw, ctx, i, to, end, "date:" + year + "-" + name, name + " " + year, "season:" + name, claimed, out);
        } else {
          emit(sw, ctx, i, to, "date:" + name, name, "season:" + name, claimed, out);
        }
        i = to - 1;
        continue;
      }
      if (i + 1 < words.size() && Set.of("this", "last", "next").contains(w.norm())
          && Set.of("year", "month").contains(words.get(i + 1).norm())) {
        int shift = w.norm().equals("this") ? 0 : w.norm().equals("last") ? -1 : 1;
        String unit = words.get(i + 1).norm();
        String surface = w.norm() + " " + unit;
        if (pub == null) {
          emit(sw, ctx, i, i + 2, "date:" + surface, surface, null, claimed, out);
        } else if (unit.equals("year")) {
          int y = pub.getYear() + shift;
          emit(sw, ctx, i, i + 2, "date:" + y, String.valueOf(y), null, claimed, out);
        } else {
          LocalDate d = pub.plusMonths(shift);
          String name = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
          emit(sw, ctx, i, i + 2, String.format(Locale.ROOT, "date:%04d-%02d", d.getYear(), d.getMonthValue()),
              name + " " + d.getYear(), "month:" + name.toLowerCase(Locale.ROOT), claimed, out);
        }
        i++;
        continue;
      }
      if (Set.of("today", "yesterday", "tomorrow").contains(w.norm())) {
        if (pub != null) {
          LocalDate d = w.norm().equals("today") ? pub : w.norm().equals("yesterday") ? pub.minusDays(1) : pub.plusDays(1);
          emit(sw, ctx, i, i + 1, "date:" + d, dayCanonical(d),
              "weekday:" + d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT),
              claimed, out);
        }
        continue;
      }
      if (w.norm().matches("1[0-9]{2}0s|20[0-9]0s")) {
        emit(sw, ctx, i, i + 1, "date:" + w.norm(), "the " + w.norm(), null, claimed, out);
        continue;
      }
      if (i + 1 < words.size() && w.norm().matches("[0-9]{1,2}(st|nd|rd|th)")
          && Set.of("century", "centuries").contains(words.get(i + 1).norm())) {
        String c = w.norm() + " century";
        emit(sw, ctx, i, i + 2, "date:" + c.replace(' ', '-'), c, null, claimed, out);
        i++;
        continue;
      }
      Integer year = year(w);
      boolean counted = i + 1 < words.size() && "NOUN".equals(words.get(i + 1).tag()) && !words.get(i + 1).capitalized()
          && words.get(i + 1).norm().endsWith("s") && words.get(i + 1).gapBefore().equals(" ");
      if (year != null && !counted && !sw.body(Math.max(0, w.start() - 1), w.start()).equals("$")) {
        emit(sw, ctx, i, i + 1, "date:" + year, String.valueOf(year), null, claimed, out);
      }
    }
  }

  /**
   * Returns whether the sentence speaks of something to come (will vote, is set for, is scheduled),
   * so that a bare weekday in it is the coming one rather than the last.
   */
  private static boolean upcoming(List<Word> words) {
    for (int k = 0; k < words.size(); k++) {
      String n = words.get(k).norm();
      if (UPCOMING.contains(n) || n.equals("set") && k + 1 < words.size()
          && Set.of("for", "to").contains(words.get(k + 1).norm()) && k > 0
          && Set.of("is", "are", "was", "were", "be", "been").contains(words.get(k - 1).norm())) {
        return true;
      }
    }
    return false;
  }

  static String dayCanonical(LocalDate d) {
    return d + " (" + d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ")";
  }

  private void emitDay(
      SentenceWords sw, Context ctx, int from, int to, int year, Month month, int day, boolean[] claimed,
      List<Candidate> out) {
    String name = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    if (year < 0) {
      emit(sw, ctx, from, to, "date:" + name.toLowerCase(Locale.ROOT) + "-" + day, name + " " + day, null, claimed, out);
      return;
    }
    try {
      LocalDate d = LocalDate.of(year, month, day);
      emit(sw, ctx, from, to, "date:" + d, dayCanonical(d),
          "weekday:" + d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT),
          claimed, out);
    } catch (DateTimeException e) {
      String surface = sw.body(sw.words().get(from).start(), sw.words().get(to - 1).end());
      emit(sw, ctx, from, to, "date:" + surface.toLowerCase(Locale.ROOT), surface, null, claimed, out);
    }
  }

  private void emit(
      SentenceWords sw, Context ctx, int from, int to, String key, String canonical, String alias, boolean[] claimed,
      List<Candidate> out) {
    emitSpan(sw, ctx, from, to, sw.words().get(to - 1).end(), key, canonical, alias, claimed, out);
  }

  private void emitSpan(
      SentenceWords sw, Context ctx, int from, int to, int end, String key, String canonical, String alias,
      boolean[] claimed, List<Candidate> out) {
    Word first = sw.words().get(from);
    String text = sw.body(first.start(), end);
    out.add(new Candidate(FactKind.DATE, key, canonical, sw.article().label(), ctx.order(), sw.sentence().id(), text,
        first.start(), end, alias, eventWord(sw.words(), from, to), false));
    for (int k = from; k < to; k++) {
      claimed[k] = true;
    }
  }

  /** Returns the stem of the verb a date is attached to: the nearest verb before it, else after it, or null. */
  static String eventWord(List<Word> words, int from, int to) {
    for (int k = from - 1; k >= 0; k--) {
      if ("VERB".equals(words.get(k).tag())) {
        return words.get(k).stem();
      }
    }
    for (int k = to; k < words.size(); k++) {
      if ("VERB".equals(words.get(k).tag())) {
        return words.get(k).stem();
      }
    }
    return null;
  }

  /** Month names and their abbreviations (jan, sept), except mar and may which are words. */
  private static final Map<String, Month> MONTHS = monthNames();
  private static final Map<String, DayOfWeek> WEEKDAYS = weekdayNames();

  private static Map<String, Month> monthNames() {
    Map<String, Month> out = new TreeMap<>();
    for (Month m : Month.values()) {
      String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
      out.put(full, m);
      String abbrev = full.substring(0, 3);
      if (!abbrev.equals("mar") && !abbrev.equals("may")) {
        out.put(abbrev, m);
      }
    }
    out.put("sept", Month.SEPTEMBER);
    return Map.copyOf(out);
  }

  private static Map<String, DayOfWeek> weekdayNames() {
    Map<String, DayOfWeek> out = new TreeMap<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      out.put(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), d);
    }
    return Map.copyOf(out);
  }

  static Month month(Word w) {
    return MONTHS.get(w.norm());
  }

  private static DayOfWeek weekday(Word w) {
    return WEEKDAYS.get(w.norm());
  }

  private static int dayNumber(Word w) {
    String n = w.norm().replaceAll("(st|nd|rd|th)$", "");
    if (n.isEmpty() || n.length() > 2 || !n.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    int d = Integer.parseInt(n);
    return d >= 1 && d <= 31 ? d : -1;
  }

  private static Integer year(Word w) {
    String n = w.norm();
    if (n.length() != 4 || !n.chars().allMatch(Character::isDigit)) {
      return null;
    }
    int y = Integer.parseInt(n);
    return y >= 1000 && y <= 2099 ? y : null;
  }
}
