package org.parallax.quotes;

import java.util.Locale;
import java.util.Set;

/**
 * Tells a name that can speak from a word the attribution rules picked up by mistake: a lone
 * role or office noun ("House", "Office", "Department"), a sentence-opening participle
 * ("Reacting", "Trying") or adverb ("Beyond"), or a country adjective ("US" in "the influential US
 * daily wrote"). Such quotes keep no speaker rather than a wrong one.
 */
final class SpeakerRules {
  private static final Set<String> NOT_SPEAKERS =
      Set.of("beyond", "internet", "us", "u.s.", "uk", "eu", "american", "russian", "chinese", "british",
          "meanwhile", "still", "also", "instead", "indeed", "yet", "house", "office", "department", "ministry",
          "agency", "bureau", "committee", "campaign", "administration", "hunters", "another", "other");

  private static final Set<String> PARTICIPLE_VERBS =
      Set.of("react", "try", "follow", "respond", "speak", "add", "not", "accord", "includ", "cit", "explain",
          "writ", "comment", "referr", "call", "describ", "point", "say", "argu", "insist", "answer", "repl",
          "reply", "address", "continu", "defend", "attack", "criticiz", "discuss", "tweet", "post", "appear");

  private SpeakerRules() {}

  /** Returns whether {@code name} may be a speaker. */
  static boolean canSpeak(String name) {
    String n = Mentions.stripPossessive(name.strip());
    if (n.isEmpty()) {
      return false;
    }
    String[] words = n.split("\\s+");
    if (words.length > 1) {
      return true;
    }
    String w = words[0].toLowerCase(Locale.ROOT);
    if (NOT_SPEAKERS.contains(w)) {
      return false;
    }
    // "Reacting", "Trying": a participle opening the sentence, not a name ("Sterling" and
    // "Manning" are names, so only participles of these verbs are dropped).
    return !(w.endsWith("ing") && PARTICIPLE_VERBS.contains(w.substring(0, w.length() - 3)));
  }
}
