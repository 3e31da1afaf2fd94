package org.parallax.framing;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Guesses the lemmas of an inflected English word with suffix rules and a list of exceptions. */
final class Lemmas {
  private static final Map<String, String> IRREGULAR =
      Map.ofEntries(
          Map.entry("said", "say"),
          Map.entry("says", "say"),
          Map.entry("told", "tell"),
          Map.entry("spoke", "speak"),
          Map.entry("spoken", "speak"),
          Map.entry("saw", "see"),
          Map.entry("seen", "see"),
          Map.entry("thought", "think"),
          Map.entry("found", "find"),
          Map.entry("wrote", "write"),
          Map.entry("written", "write"),
          Map.entry("took", "take"),
          Map.entry("taken", "take"),
          Map.entry("made", "make"),
          Map.entry("brought", "bring"),
          Map.entry("kept", "keep"),
          Map.entry("held", "hold"),
          Map.entry("led", "lead"),
          Map.entry("ran", "run"),
          Map.entry("lost", "lose"),
          Map.entry("meant", "mean"),
          Map.entry("sought", "seek"),
          Map.entry("fought", "fight"),
          Map.entry("won", "win"),
          Map.entry("struck", "strike"),
          Map.entry("swore", "swear"),
          Map.entry("sworn", "swear"),
          Map.entry("began", "begin"),
          Map.entry("begun", "begin"),
          Map.entry("came", "come"),
          Map.entry("went", "go"),
          Map.entry("gone", "go"),
          Map.entry("got", "get"),
          Map.entry("had", "have"),
          Map.entry("has", "have"),
          Map.entry("did", "do"),
          Map.entry("does", "do"),
          Map.entry("knew", "know"),
          Map.entry("known", "know"),
          Map.entry("shown", "show"),
          Map.entry("fell", "fall"),
          Map.entry("fallen", "fall"),
          Map.entry("dug", "dig"),
          Map.entry("stuck", "stick"),
          Map.entry("stood", "stand"),
          Map.entry("felt", "feel"),
          Map.entry("heard", "hear"),
          Map.entry("rose", "rise"),
          Map.entry("risen", "rise"),
          Map.entry("drove", "drive"),
          Map.entry("driven", "drive"),
          Map.entry("threw", "throw"),
          Map.entry("thrown", "throw"),
          Map.entry("blew", "blow"),
          Map.entry("blown", "blow"),
          Map.entry("lay", "lie"),
          Map.entry("lied", "lie"),
          Map.entry("taught", "teach"),
          Map.entry("forgot", "forget"),
          Map.entry("forgotten", "forget"),
          Map.entry("children", "child"),
          Map.entry("men", "man"),
          Map.entry("women", "woman"),
          Map.entry("people", "people"));

  private Lemmas() {}

  /** Returns the word itself and every lemma the suffix rules allow, most likely first. */
  static Set<String> candidates(String norm) {
    Set<String> out = new LinkedHashSet<>();
    out.add(norm);
    String irregular = IRREGULAR.get(norm);
    if (irregular != null) {
      out.add(irregular);
    }
    int n = norm.length();
    if (n < 4) {
      return out;
    }
    if (norm.endsWith("ies") || norm.endsWith("ied")) {
      out.add(norm.substring(0, n - 3) + "y");
    }
    if (norm.endsWith("ier")) {
      out.add(norm.substring(0, n - 3) + "y");
    }
    if (norm.endsWith("iest")) {
      out.add(norm.substring(0, n - 4) + "y");
    }
    if (norm.endsWith("es")) {
      out.add(norm.substring(0, n - 2));
    }
    if (norm.endsWith("s") && !norm.endsWith("ss")) {
      out.add(norm.substring(0, n - 1));
    }
    if (norm.endsWith("ed")) {
      addVerbBase(out, norm.substring(0, n - 2));
      out.add(norm.substring(0, n - 1));
    }
    if (norm.endsWith("ing") && n > 5) {
      addVerbBase(out, norm.substring(0, n - 3));
    }
    if (norm.endsWith("er") && n > 5) {
      addVerbBase(out, norm.substring(0, n - 2));
      out.add(norm.substring(0, n - 1));
    }
    if (norm.endsWith("est") && n > 6) {
      addVerbBase(out, norm.substring(0, n - 3));
    }
    return out;
  }

  private static void addVerbBase(Set<String> out, String stem) {
    if (stem.length() < 2) {
      return;
    }
    out.add(stem);
    out.add(stem + "e");
    int m = stem.length();
    if (m >= 3 && stem.charAt(m - 1) == stem.charAt(m - 2) && !"aeiouls".contains(stem.substring(m - 1))) {
      out.add(stem.substring(0, m - 1));
    }
  }
}
