package org.parallax.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.parallax.text.Token;
import org.parallax.text.Tokenizer;

/**
 * Finds name mentions outside quotations: runs of capitalized words, with titles, roles and
 * honorifics split off, and remembers which role introduced which person.
 */
final class Mentions {
  /**
   * One name in the body.
   *
   * @param start body offset of the name (after any title)
   * @param end body offset after the name
   * @param name the name as written, without title or honorific
   * @param person whether the text marks it as a person (first name, honorific or role)
   * @param gender the gender its first name or honorific signals
   */
  record Mention(int start, int end, String name, boolean person, Lexicon.Gender gender) {
    /** Returns the lower-case surname (last word, possessive dropped). */
    String surname() {
      return Mentions.surname(name);
    }

    /** Returns whether the name looks like an organization or place. */
    boolean group() {
      return Mentions.isGroup(name);
    }
  }

  private static final Set<String> NOT_NAMES =
      Set.of(
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
          "january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "earlier", "later", "meanwhile", "however",
          "commenting", "while", "although", "though", "yesterday", "today", "tomorrow");

  private static final java.util.regex.Pattern PARTY_CODE =
      java.util.regex.Pattern.compile("[RDI][-\u2013]\\p{Lu}[\\p{L}.]*");

  private final List<Mention> mentions = new ArrayList<>();
  /** Role phrase (lower case, such as "foreign minister" or "minister") to the person's mentions. */
  private final Map<String, Mention> roles = new TreeMap<>();

  /** Surnames of person mentions, built once the mentions are complete. */
  private final Set<String> personSurnames = new java.util.HashSet<>();
  /** The first known gender of each surname, in body order. */
  private final Map<String, Lexicon.Gender> genderBySurname = new java.util.HashMap<>();

  /** Finds the mentions of {@code body}, skipping the ranges in {@code quoted}. */
  Mentions(String body, List<int[]> quoted) {
    List<Token> tokens = Tokenizer.tokenize(body);
    boolean[] inQuotes = quotedChars(body.length(), quoted);
    List<Token> run = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      boolean inQuote = t.start() >= 0 && t.start() < inQuotes.length && inQuotes[t.start()];
      boolean nameWord =
          !inQuote
              && t.isCapitalized()
              && !t.stopword()
              && !NOT_NAMES.contains(t.norm())
              && Character.isLetter(t.text().charAt(0));
      if (nameWord && !run.isEmpty() && !joinable(body, run.get(run.size() - 1), t)) {
        close(body, tokens, run);
      }
      if (nameWord) {
        run.add(t);
      } else if (!run.isEmpty()) {
        close(body, tokens, run);
      }
    }
    if (!run.isEmpty()) {
      close(body, tokens, run);
    }
    for (Mention m : mentions) {
      String surname = m.surname();
      if (m.person()) {
        personSurnames.add(surname);
      }
      if (m.gender() != Lexicon.Gender.UNKNOWN) {
        genderBySurname.putIfAbsent(surname, m.gender());
      }
    }
  }

  /**
   * Returns the index of the first mention that starts at or after {@code pos} (mentions come from
   * disjoint runs of words, so they are sorted by start and do not overlap).
   */
  int firstFrom(int pos) {
    int lo = 0;
    int hi = mentions.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid).start() < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Returns the mentions in body order. */
  List<Mention> all() {
    return mentions;
  }

  /** Returns the person introduced with role phrase {@code role}, or null. */
  Mention byRole(String role) {
    return roles.get(role.toLowerCase(Locale.ROOT));
  }

  /** Returns whether any person mention has this surname. */
  boolean isPersonSurname(String surname) {
    return personSurnames.contains(surname);
  }

  /** Returns the gender known for a surname from any of its mentions. */
  Lexicon.Gender genderOf(String surname) {
    return genderBySurname.getOrDefault(surname, Lexicon.Gender.UNKNOWN);
  }

  private static boolean joinable(String body, Token a, Token b) {
    String between = body.substring(a.end(), b.start());
    if (between.isEmpty()) {
      return false;
    }
    if (between.isBlank() && between.indexOf('\n') < 0) {
      return true;
    }
    // "Mr. Lavrov", "Jr."
    boolean abbreviation =
        Lexicon.HONORIFICS.containsKey(a.norm())
            || Lexicon.ROLES.contains(a.norm())
            || (a.text().length() == 1 && Character.isUpperCase(a.text().charAt(0)));
    return between.equals(". ") && abbreviation;
  }

  private void close(String body, List<Token> allTokens, List<Token> run) {
    List<Token> words = new ArrayList<>(run);
    run.clear();
    Lexicon.Gender gender = Lexicon.Gender.UNKNOWN;
    boolean person = false;
    int nameFrom = 0;
    if (Lexicon.HONORIFICS.containsKey(words.get(0).norm()) && words.size() > 1) {
      gender = Lexicon.HONORIFICS.get(words.get(0).norm());
      person = true;
      nameFrom = 1;
    }
    int lastRole = -1;
    for (int i = nameFrom; i < words.size(); i++) {
      if (Lexicon.ROLES.contains(words.get(i).norm())) {
        lastRole = i;
      }
    }
    if (lastRole >= 0 && lastRole + 1 < words.size()) {
      nameFrom = lastRole + 1;
      person = true;
    }
    for (int i = nameFrom; i < words.size() - 1; i++) {
      if (Lexicon.FIRST_NAMES.containsKey(words.get(i).norm())) {
        nameFrom = i;
        person = true;
        if (gender == Lexicon.Gender.UNKNOWN) {
          gender = Lexicon.FIRST_NAMES.get(words.get(i).norm());
        }
        break;
      }
    }
    if (nameFrom >= words.size()) {
      return;
    }
    Token first = words.get(nameFrom);
    Token last = words.get(words.size() - 1);
    String name = stripPossessive(body.substring(first.start(), last.end()));
    if (isPartyCode(body, first, name)) {
      return;
    }
    int at = indexOf(allTokens, words.get(0));
    if (!person && at > 0 && Lexicon.ROLES.contains(allTokens.get(at - 1).norm())
        && body.substring(allTokens.get(at - 1).end(), words.get(0).start()).isBlank()) {
      person = true; // "campaign manager Robby Mook"
    }
    if (isGroup(name)) {
      person = false;
    }
    Mention m = new Mention(first.start(), first.start() + name.length(), name, person, gender);
    mentions.add(m);
    if (person) {
      rememberRole(body, allTokens, words, nameFrom, m);
    }
  }

  /** Remembers the role words just before a person's name ("Foreign Minister", "envoy to the UN"). */
  private void rememberRole(String body, List<Token> allTokens, List<Token> words, int nameFrom, Mention m) {
    int idx = indexOf(allTokens, words.get(nameFrom));
    List<String> before = new ArrayList<>();
    for (int i = idx - 1; i >= 0 && i >= idx - 7; i--) {
      Token t = allTokens.get(i);
      String gap = body.substring(t.end(), allTokens.get(i + 1).start());
      if (!gap.isBlank()) {
        break;
      }
      before.add(0, t.norm());
    }
    for (int i = 0; i < before.size(); i++) {
      if (Lexicon.ROLES.contains(before.get(i))) {
        roles.put(before.get(i), m);
        if (i > 0) {
          roles.put(before.get(i - 1) + " " + before.get(i), m);
        }
      }
    }
  }

  /** Returns whether a name is a party or state tag such as "(R-Ohio)", "R-Ky." or "(D)", or one letter. */
  private static boolean isPartyCode(String body, Token first, String name) {
    if (name.length() <= 1 || PARTY_CODE.matcher(name).matches()) {
      return true;
    }
    return first.start() > 0 && body.charAt(first.start() - 1) == '(' && name.length() <= 3;
  }

  /** Marks the body characters that lie inside any of the {@code quoted} ranges. */
  private static boolean[] quotedChars(int length, List<int[]> quoted) {
    int[] depth = new int[length + 1];
    for (int[] q : quoted) {
      int from = Math.max(0, q[0]);
      int to = Math.min(length, q[1]);
      if (from < to) {
        depth[from]++;
        depth[to]--;
      }
    }
    boolean[] out = new boolean[length];
    int open = 0;
    for (int i = 0; i < length; i++) {
      open += depth[i];
      out[i] = open > 0;
    }
    return out;
  }

  /** Returns the position of {@code token} in {@code tokens} (sorted by start, starts distinct), found by bisection. */
  private static int indexOf(List<Token> tokens, Token token) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int start = tokens.get(mid).start();
      if (start < token.start()) {
        lo = mid + 1;
      } else if (start > token.start()) {
        hi = mid - 1;
      } else {
        return tokens.get(mid).equals(token) ? mid : tokens.indexOf(token);
      }
    }
    return tokens.indexOf(token);
  }

  static String stripPossessive(String name) {
    if (name.endsWith("'s") || name.endsWith("\u2019s")) {
      return name.substring(0, name.length() - 2);
    }
    return name;
  }

  static String surname(String name) {
    String[] parts = stripPossessive(name).trim().split("\\s+");
    return parts[parts.length - 1].toLowerCase(Locale.ROOT).replace(".", "");
  }

  static boolean isGroup(String name) {
    for (String w : name.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (Lexicon.GROUP_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
