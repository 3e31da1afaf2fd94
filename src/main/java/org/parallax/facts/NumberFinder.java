package org.parallax.facts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Finds numbers with what they count: 2 million barrels per day, a two-month pause, 40%, $3 billion. */
final class NumberFinder {
  private static final Map<String, Integer> SPELLED = Map.ofEntries(
      Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
      Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
      Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
      Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
      Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
      Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
      Map.entry("dozen", 12), Map.entry("hundred", 100), Map.entry("thousand", 1000));
  private static final Map<String, Long> SCALES = Map.of(
      "hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L,
      "trillion", 1_000_000_000_000L, "bn", 1_000_000_000L);
  private static final Map<String, String> CURRENCIES = Map.of(
      "dollar", "USD", "euro", "EUR", "pound", "GBP", "yuan", "CNY", "ruble", "RUB", "rouble", "RUB", "yen", "JPY",
      "won", "KRW");
  private static final Map<Character, String> SYMBOLS = Map.of('$', "USD", '\u20AC', "EUR", '\u00A3', "GBP",
      '\u00A5', "JPY");
  private static final Set<String> RATE_WORDS = Set.of("per", "a", "each", "every");
  private static final Set<String> NOT_UNITS = Set.of("times", "percent", "of", "more", "less", "than", "or", "and");

  /**
   * Returns whether a number written in digits after {@code prev} names something rather than counts it:
   * a rank (No. 2 position), a day of a month (Sept. 11 hijackers) or the date 9/11 (9/11 families).
   */
  private static boolean notACount(Word prev, Word number) {
    String gap = number.gapBefore();
    return prev.text().equals("No") && gap.strip().equals(".")
        || DateFinder.month(prev) != null && gap.strip().matches("\\.?")
        || prev.isNumber() && gap.equals("/");
  }

  void find(SentenceWords sw, Context ctx, boolean[] claimed, List<Candidate> out) {
    List<Word> words = sw.words();
    for (int i = 0; i < words.size(); i++) {
      if (claimed[i]) {
        continue;
      }
      Word w = words.get(i);
      String text = w.text();
      int hyphen = text.indexOf('-');
      if (hyphen > 0 && !w.isNumber()) {
        BigDecimal left = spelled(text.substring(0, hyphen).toLowerCase(Locale.ROOT));
        String right = text.substring(hyphen + 1).toLowerCase(Locale.ROOT);
        if (left != null && right.chars().allMatch(Character::isLetter) && !SPELLED.containsKey(right)) {
          compound(sw, ctx, i, i + 1, left, right, claimed, out);
        }
        continue;
      }
      if (w.isNumber() && w.norm().matches("\\d[\\d,.]*-\\p{L}[\\p{L}-]*")) {
        int dash = w.norm().indexOf('-');
        BigDecimal left = digits(w.norm().substring(0, dash));
        if (left != null) {
          compound(sw, ctx, i, i + 1, left, w.norm().substring(dash + 1), claimed, out);
        }
        continue;
      }
      BigDecimal value = w.isNumber() ? digits(w.norm()) : spelled(w.norm());
      if (value == null || (!w.isNumber() && w.norm().equals("hundred"))) {
        continue;
      }
      if (w.isNumber() && i > 0 && notACount(words.get(i - 1), w)) {
        continue;
      }
      boolean percent = w.norm().endsWith("%");
      int to = i + 1;
      if (to < words.size() && !percent && SCALES.containsKey(words.get(to).norm()) && !claimed[to]) {
        value = value.multiply(BigDecimal.valueOf(SCALES.get(words.get(to).norm())));
        to++;
      }
      if (w.isNumber() && to < words.size() && words.get(to).gapBefore().equals("-") && !claimed[to]
          && words.get(to).text().chars().allMatch(Character::isLetter)) {
        compound(sw, ctx, i, to + 1, value, words.get(to).norm(), claimed, out);
        i = to;
        continue;
      }
      String currency = symbolBefore(sw, w);
      String unitKey;
      String unitText;
      if (percent) {
        unitKey = "%";
        unitText = "%";
      } else if (to < words.size() && words.get(to).norm().equals("percent")) {
        unitKey = "%";
        unitText = "%";
        to++;
      } else if (to + 1 < words.size() && words.get(to).norm().equals("per") && words.get(to + 1).norm().equals("cent")) {
        unitKey = "%";
        unitText = "%";
        to += 2;
      } else if (currency != null) {
        unitKey = currency;
        unitText = currency;
      } else if (to < words.size() && CURRENCIES.containsKey(singular(words.get(to).norm()))
          && !(singular(words.get(to).norm()).equals("pound") && !sterling(sw))) {
        unitKey = CURRENCIES.get(singular(words.get(to).norm()));
        unitText = unitKey;
        to++;
      } else {
        if (to + 1 < words.size() && words.get(to).capitalized() && Lexicon.get().isDemonym(words.get(to).text())
            && !claimed[to] && words.get(to).gapBefore().isBlank() && isUnitWord(words, to + 1, claimed)) {
          to++; // 2,000 American troops: the troops are counted, the demonym is left out of the unit
        }
        int unitEnd = unitEnd(words, to, claimed);
        if (unitEnd == to) {
          continue;
        }
        if (unitEnd + 1 < words.size() && RATE_WORDS.contains(words.get(unitEnd).norm()) && isUnitWord(words, unitEnd + 1, claimed)
            && !words.get(unitEnd).gapBefore().contains(",")) {
          unitEnd += 2;
        }
        unitText = sw.body(words.get(to).start(), words.get(unitEnd - 1).end()).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder();
        for (int k = to; k < unitEnd; k++) {
          key.append(k > to ? " " : "").append(RATE_WORDS.contains(words.get(k).norm()) ? "per" : unitWord(words.get(k).norm()));
        }
        unitKey = key.toString();
        to = unitEnd;
      }
      if (!w.isNumber() && value.compareTo(BigDecimal.valueOf(2)) < 0) {
        continue;
      }
      String canonical = unitKey.equals("%") ? plain(value) + "%"
          : currency != null || CURRENCIES.containsValue(unitKey) ? unitKey + " " + readable(value)
          : readable(value) + " " + unitText;
      emit(sw, ctx, i, to, "number:" + plain(value) + ":" + unitKey, canonical, unitKey, claimed, out);
      i = to - 1;
    }
  }

  private void compound(
      SentenceWords sw, Context ctx, int from, int to, BigDecimal value, String unit, boolean[] claimed,
      List<Candidate> out) {
    List<Word> words = sw.words();
    String unitKey = singular(unit);
    String canonical = readable(value) + "-" + unit;
    int end = to;
    if (end < words.size() && isUnitWord(words, end, claimed)) {
      unitKey += " " + singular(words.get(end).norm());
      canonical += " " + words.get(end).norm();
      end++;
    }
    emit(sw, ctx, from, end, "number:" + plain(value) + ":" + unitKey, canonical, unitKey, claimed, out);
  }

  private static void emit(
      SentenceWords sw, Context ctx, int from, int to, String key, String canonical, String slot, boolean[] claimed,
      List<Candidate> out) {
    Word first = sw.words().get(from);
    int start = first.start();
    if (start > 0 && SYMBOLS.containsKey(sw.article().body().charAt(start - 1))) {
      start--;
    }
    int end = sw.words().get(to - 1).end();
    out.add(new Candidate(FactKind.NUMBER, key, canonical, sw.article().label(), ctx.order(), sw.sentence().id(),
        sw.body(start, end), start, end, null, slot, false));
    for (int k = from; k < to; k++) {
      claimed[k] = true;
    }
  }

  private static int unitEnd(List<Word> words, int at, boolean[] claimed) {
    int end = at;
    while (end < words.size() && end < at + 2 && isUnitWord(words, end, claimed)) {
      end++;
      if (end < words.size() && !"NOUN".equals(words.get(end).tag())) {
        break;
      }
    }
    return end;
  }

  private static boolean isUnitWord(List<Word> words, int k, boolean[] claimed) {
    Word w = words.get(k);
    return !claimed[k] && !w.capitalized() && w.text().chars().allMatch(Character::isLetter)
        && !org.parallax.text.Tokenizer.isStopword(w.norm()) && !NOT_UNITS.contains(w.norm())
        && ("NOUN".equals(w.tag()) || "ADJ".equals(w.tag()) && k + 1 < words.size() && "NOUN".equals(words.get(k + 1).tag()))
        && !w.gapBefore().strip().matches(".*[,;:.!?()\"].*");
  }

  private static String symbolBefore(SentenceWords sw, Word w) {
    int s = w.start();
    return s > 0 ? SYMBOLS.get(sw.article().body().charAt(s - 1)) : null;
  }

  static BigDecimal spelled(String norm) {
    Integer v = SPELLED.get(norm);
    if (v != null) {
      return BigDecimal.valueOf(v);
    }
    int hyphen = norm.indexOf('-');
    if (hyphen > 0) {
      Integer tens = SPELLED.get(norm.substring(0, hyphen));
      Integer ones = SPELLED.get(norm.substring(hyphen + 1));
      if (tens != null && ones != null && tens >= 20 && tens % 10 == 0 && ones < 10) {
        return BigDecimal.valueOf(tens + ones);
      }
    }
    return null;
  }

  private static BigDecimal digits(String norm) {
    String n = norm.endsWith("%") ? norm.substring(0, norm.length() - 1) : norm;
    if (n.matches("\\d{1,3}(?:,\\d{3})++(?:\\.\\d+)?+")) {
      n = n.replace(",", "");
    } else if (n.contains(",")) {
      return null;
    }
    try {
      return new BigDecimal(n);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Unit words that count the same thing: 7,000 troops and 7000 soldiers are one fact. */
  private static final Map<String, String> SAME_UNIT = Map.of("soldier", "troop", "servicemember", "troop",
      "serviceman", "troop", "person", "people", "individual", "people");

  /** Returns the singular unit word, with synonyms mapped to one (soldiers -> troop). */
  static String unitWord(String norm) {
    String s = singular(norm);
    return SAME_UNIT.getOrDefault(s, s);
  }

  /** Returns whether the sentence speaks of British money, so that pounds are sterling rather than weight. */
  private static boolean sterling(SentenceWords sw) {
    String t = sw.sentence().text();
    return t.indexOf('\u00A3') >= 0 || t.contains("sterling") || t.contains("British") || t.contains("Britain")
        || t.contains("U.K.") || t.contains("UK");
  }

  static String singular(String norm) {
    if (norm.endsWith("ies") && norm.length() > 4) {
      return norm.substring(0, norm.length() - 3) + "y";
    }
    if (norm.endsWith("s") && !norm.endsWith("ss") && norm.length() > 3) {
      return norm.substring(0, norm.length() - 1);
    }
    return norm;
  }

  static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }

  /** Returns {@code v} as people write it: 2 million, 1.5 billion, 2500. */
  static String readable(BigDecimal v) {
    String[] names = {"trillion", "billion", "million"};
    long[] scales = {1_000_000_000_000L, 1_000_000_000L, 1_000_000L};
    for (int k = 0; k < names.length; k++) {
      BigDecimal scale = BigDecimal.valueOf(scales[k]);
      if (v.abs().compareTo(scale) >= 0) {
        BigDecimal q = v.divide(scale);
        if (q.stripTrailingZeros().scale() <= 2) {
          return plain(q) + " " + names[k];
        }
      }
    }
    return plain(v);
  }
}
