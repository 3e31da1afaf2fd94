package org.parallax.text;

import java.util.Locale;
import java.util.Set;

/**
 * Word lists the sentence splitter consults. Written for Parallax from common English and AP-style
 * usage; not copied from another segmenter.
 *
 * <p>Entries written in lower case match any case; entries written with a capital match that exact
 * form or its all-caps form (so {@code Sat} matches "Sat." but not the verb "sat.").
 */
final class SplitterLexicon {
  private SplitterLexicon() {}

  /** Abbreviations that stand before a name and so never end a sentence before a capital. */
  private static final Set<String> TITLES =
      Set.of(
          "mr", "mrs", "ms", "messrs", "mme", "mlle", "dr", "prof", "gen", "lt", "col", "maj",
          "capt", "cpt", "sgt", "cpl", "pvt", "adm", "cmdr", "brig", "sen", "rep", "reps", "gov",
          "atty", "supt", "insp", "det", "rev", "fr", "hon", "pres", "amb", "st", "mt", "Ft", "Sta",
          "Gov", "Lt");

  /**
   * Other abbreviations: they end a sentence only at the end of the text, before a closing quote
   * or bracket followed by a capital, or before a typical sentence starter.
   */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          // people and companies
          "jr", "sr", "co", "corp", "inc", "ltd", "llc", "plc", "bros", "dept", "univ", "assn",
          "intl", "natl", "govt", "admin", "mgr", "asst", "dir",
          // months and days
          "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
          "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
          // references and Latin
          "etc", "vs", "v", "al", "cf", "viz", "ca", "approx", "est", "fig", "figs", "vol", "vols",
          "p", "pp", "para", "ch", "chap", "art", "ed", "eds", "esp", "incl", "ibid", "op",
          "no", "nos", "N°", "Nº", "nr", "rs",
          // places and measures
          "ave", "blvd", "rd", "hwy", "sq", "ft", "oz", "lb", "lbs", "hr", "hrs", "min", "mins",
          "sec", "yr", "yrs", "mo", "mos", "wk", "wks", "mi", "gal", "pt", "qt", "tbsp", "tsp",
          "dist", "div", "ret",
          // U.S. states in AP style
          "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan",
          "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mont", "Neb", "Nev", "Okla",
          "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo");

  /** Abbreviations that are almost never followed by a proper noun, so any capital starts anew. */
  private static final Set<String> FINAL_ABBREVIATIONS = Set.of("etc");

  /** Abbreviations of the time of day. */
  private static final Set<String> TIME = Set.of("a.m", "p.m");

  /** Abbreviations that never end a sentence. */
  private static final Set<String> NEVER_FINAL = Set.of("e.g", "i.e", "viz", "cf");

  /** Capitalized words that commonly begin a sentence and rarely follow an abbreviation in a name. */
  private static final Set<String> STARTERS =
      Set.of(
          "A", "About", "According", "After", "Afterwards", "Again", "Also", "Although", "An",
          "And", "Another", "Are", "As", "At", "Before", "Both", "But", "By", "Can", "Could",
          "Despite", "Did", "Do", "Does", "During", "Each", "Earlier", "Even", "Every", "For",
          "From", "Had", "Has", "Have", "He", "Her", "Here", "His", "How", "However", "I", "If",
          "In", "Instead", "Is", "It", "Its", "Last", "Later", "Many", "Meanwhile", "More",
          "Millions", "Moreover", "Most", "My", "Nevertheless", "No", "Not", "Now", "Officials", "On", "One",
          "Only", "Our", "Since", "She", "Should", "So", "Some", "Still", "Such", "That", "The",
          "Their", "Then", "There", "These", "They", "This", "Those", "Though", "Thus", "To",
          "Today", "Under", "Was", "We", "Were", "What", "When", "Where", "Which", "While", "Who",
          "Why", "Will", "With", "Would", "Yesterday", "Yet", "You", "Your");

  /** Words that commonly follow a time such as "6 p.m." within the same sentence. */
  private static final Set<String> AFTER_TIME =
      Set.of(
          "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
          "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December", "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT",
          "PST", "PDT", "GMT", "UTC", "BST", "CET", "CEST", "MSK", "Moscow", "local");

  /** Prepositions that open a short time phrase such as "At 5 a.m." before the subject. */
  private static final Set<String> TIME_PREPOSITIONS =
      Set.of("at", "by", "before", "after", "until", "till", "around", "about", "since", "from",
          "on", "shortly", "just");

  /** Verbs of saying that follow a quotation in its own sentence, as in {@code "Why?" Anna asked.} */
  private static final Set<String> SPEECH_VERBS =
      Set.of(
          "say", "says", "said", "ask", "asks", "asked", "add", "adds", "added", "reply", "replies", "replied",
          "answer", "answers", "answered", "shout", "shouts", "shouted", "yell", "yells", "yelled", "cry", "cries",
          "cried", "call", "calls", "called", "exclaim", "exclaims", "exclaimed", "scream", "screams", "screamed",
          "whisper", "whispers", "whispered", "mutter", "mutters", "muttered", "tell", "tells", "told", "write",
          "writes", "wrote", "tweet", "tweets", "tweeted", "declare", "declares", "declared", "insist", "insists",
          "insisted", "continue", "continues", "continued", "demand", "demands", "demanded", "wonder", "wonders",
          "wondered", "howl", "howls", "howled", "start", "starts", "started", "begin", "begins", "began",
          "chant", "chants", "chanted", "sing", "sings", "sang", "joke", "jokes", "joked", "laugh", "laughs",
          "laughed", "snap", "snaps", "snapped", "sigh", "sighs", "sighed", "protest", "protests", "protested",
          "recall", "recalls", "recalled", "quip", "quips", "quipped", "warn", "warns", "warned");

  /** Subject pronouns, which may stand for the speaker before a speech verb. */
  private static final Set<String> PRONOUNS = Set.of("I", "He", "She", "We", "They", "You", "It");

  static boolean isSpeechVerb(String word) {
    return SPEECH_VERBS.contains(word);
  }

  static boolean isPronoun(String word) {
    return PRONOUNS.contains(word);
  }

  static boolean isTitle(String word) {
    return matches(TITLES, word);
  }

  static boolean isAbbreviation(String word) {
    return matches(ABBREVIATIONS, word);
  }

  static boolean isFinalAbbreviation(String word) {
    return FINAL_ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  static boolean isTime(String word) {
    return TIME.contains(word.toLowerCase(Locale.ROOT));
  }

  static boolean isNeverFinal(String word) {
    return NEVER_FINAL.contains(word.toLowerCase(Locale.ROOT));
  }

  static boolean isStarter(String word) {
    return STARTERS.contains(word);
  }

  static boolean isAfterTime(String word) {
    return AFTER_TIME.contains(word);
  }

  static boolean isTimePreposition(String word) {
    return TIME_PREPOSITIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static boolean matches(Set<String> set, String word) {
    if (word.isEmpty()) {
      return false;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (set.contains(lower)) {
      return true;
    }
    String capitalized = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    return set.contains(capitalized)
        && (word.equals(capitalized) || (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))));
  }
}
