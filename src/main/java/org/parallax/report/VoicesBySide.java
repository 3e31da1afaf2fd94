package org.parallax.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.parallax.compare.Summary;
import org.parallax.compare.Voice;

/**
 * Each outlet's voices as a reader sees them, and the balance by the affiliation each article
 * states, as plain text (the caller escapes it for HTML or Markdown).
 *
 * <p>A voice reads "Rick Perry (governor, Texas)": the role and affiliation are shown only where
 * the article states them (they come from the speaker profile; nothing is guessed). The balance
 * counts quotes by stated affiliation and names the affiliations only one outlet quotes, through
 * voices the other outlet does not quote: "By stated affiliation, A: Democrat 4, not stated 2; B:
 * ACLU 2, Democrat 3. Only B quotes voices affiliated with ACLU." When neither article states an
 * affiliation there is no balance line.
 */
final class VoicesBySide {
  /** Shown when an attributed voice has no affiliation the article states, and for unattributed quotes. */
  static final String NOT_STATED = "not stated";

  private VoicesBySide() {}

  /** Returns the attributed voices of {@code label}, most words first, each as "Name (role, affiliation)". */
  static List<String> voices(Summary s, String label) {
    List<String> out = new ArrayList<>();
    for (Voice v : s.voices().getOrDefault(label, List.of())) {
      if (v.speakerKey() == null) {
        continue;
      }
      out.add(describe(v));
    }
    return out;
  }

  /** Returns "Name (role, affiliation)", leaving out what the article does not state. */
  static String describe(Voice v) {
    List<String> about = new ArrayList<>();
    if (v.role() != null && !v.role().isBlank()) {
      about.add(v.role().strip());
    }
    String affiliation = affiliation(v);
    if (affiliation != null && (v.role() == null || !v.role().strip().equalsIgnoreCase(affiliation))) {
      about.add(affiliation);
    }
    return about.isEmpty() ? v.speaker() : v.speaker() + " (" + String.join(", ", about) + ")";
  }

  /**
   * Returns the affiliation of {@code v} as shown, or null. Precision first: a profile's
   * affiliation that cannot be a side is left out rather than shown wrong — an honorific or
   * abbreviation cut at its period ("a spokesman for Mr. Reid" gives "Mr", "St. Louis" gives
   * "St"), a dateline in capitals ("WASHINGTON"), a verb form ("Saying") or a bare role word
   * ("Assistant").
   */
  static String affiliation(Voice v) {
    if (v.affiliation() == null || v.affiliation().isBlank()) {
      return null;
    }
    String a = v.affiliation().strip();
    if (!a.contains(" ")) {
      String lower = a.toLowerCase(Locale.ROOT);
      boolean capitals = a.length() >= 7 && a.equals(a.toUpperCase(Locale.ROOT)) && a.chars().allMatch(Character::isLetter);
      if (NOT_SIDES.contains(lower) || a.length() <= 2 || capitals || (lower.endsWith("ing") && a.length() > 5)) {
        return null;
      }
    }
    return a;
  }

  private static final Set<String> NOT_SIDES =
      Set.of("mr", "mrs", "ms", "dr", "st", "ft", "mt", "sen", "rep", "gov", "jr", "sr", "lt", "gen", "col", "sgt",
          "assistant", "deputy", "senior", "former", "acting", "chief", "associate", "executive", "general");

  /** Returns the quotes of {@code label} by shown affiliation, sorted by name, or an empty map. */
  static Map<String, Integer> byAffiliation(Summary s, String label) {
    Map<String, Integer> out = new TreeMap<>();
    for (Voice v : s.voices().getOrDefault(label, List.of())) {
      String a = affiliation(v);
      if (a != null) {
        out.merge(a, v.quotes(), Integer::sum);
      }
    }
    return out;
  }

  /** Returns the balance by stated affiliation, or null when neither article states one. */
  static String balance(Summary s) {
    Map<String, Integer> a = byAffiliation(s, "A");
    Map<String, Integer> b = byAffiliation(s, "B");
    if (a.isEmpty() && b.isEmpty()) {
      return null;
    }
    StringBuilder out = new StringBuilder("By stated affiliation, A: ").append(side(s, "A", a))
        .append("; B: ").append(side(s, "B", b)).append('.');
    List<String> onlyA = only(s, "A", a, b);
    List<String> onlyB = only(s, "B", b, a);
    if (!onlyA.isEmpty()) {
      out.append(" Only A quotes voices affiliated with ").append(join(onlyA)).append('.');
    }
    if (!onlyB.isEmpty()) {
      out.append(" Only B quotes voices affiliated with ").append(join(onlyB)).append('.');
    }
    return out.toString();
  }

  private static String side(Summary s, String label, Map<String, Integer> stated) {
    List<String> parts = new ArrayList<>();
    int total = 0;
    for (Voice v : s.voices().getOrDefault(label, List.of())) {
      total += v.quotes();
    }
    int statedQuotes = 0;
    for (Map.Entry<String, Integer> e : stated.entrySet()) {
      parts.add(e.getKey() + " " + e.getValue());
      statedQuotes += e.getValue();
    }
    if (total > statedQuotes) {
      parts.add(NOT_STATED + " " + (total - statedQuotes));
    }
    return parts.isEmpty() ? "no quotes" : String.join(", ", parts);
  }

  /**
   * Returns the affiliations only side {@code label} quotes: held by a voice the other side does
   * not quote at all (one person described as "governor, Texas" in A and "Republican" in B is the
   * same voice in both, not a difference in whom each outlet lets speak).
   */
  private static List<String> only(Summary s, String label, Map<String, Integer> here, Map<String, Integer> there) {
    Set<String> otherKeys = new HashSet<>();
    for (Voice v : s.voices().getOrDefault(label.equals("A") ? "B" : "A", List.of())) {
      if (v.speakerKey() != null) {
        otherKeys.add(v.speakerKey());
      }
    }
    List<String> out = new ArrayList<>();
    for (String k : here.keySet()) {
      if (there.containsKey(k)) {
        continue;
      }
      for (Voice v : s.voices().getOrDefault(label, List.of())) {
        if (k.equals(affiliation(v)) && v.speakerKey() != null && !otherKeys.contains(v.speakerKey())) {
          out.add(k);
          break;
        }
      }
    }
    return out;
  }

  private static String join(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }
}
