package org.parallax.quotes;

import java.util.List;
import java.util.Set;
import org.parallax.text.Token;

/**
 * Reads a speaker the article describes without naming: "a White House spokeswoman", "a spokesman
 * for Hunter", "one Democratic lawmaker", "the indictment", "the protesters". The description is
 * the speaker as written, so a spokesperson is never turned into the principal. A description that
 * points back to someone named ("the congressman") is left to {@link Coreference}: only
 * indefinite descriptions of voices ("a", "an", "one", "another") and, after "the", groups and
 * documents are read here. "The statement said" is not: a statement is someone's, and the article usually named whose.
 */
final class UnnamedSpeakers {
  /** A description of a speaker: body offsets and the words as written. */
  record Description(int start, int end, String name) {}

  /** Heads that name one voice or several when the article does not name them. */
  private static final Set<String> VOICES =
      Set.of("spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "officials", "lawmaker",
          "lawmakers", "aide", "aides", "adviser", "advisers", "advisor", "advisors", "source", "sources",
          "staffer", "staffers", "strategist", "strategists", "representative", "representatives");
  /** Heads that may follow "the": groups and documents speak as themselves. */
  private static final Set<String> GROUPS_AND_DOCUMENTS =
      Set.of("protesters", "protestors", "demonstrators", "activists", "critics", "supporters", "residents",
          "indictment", "complaint", "lawsuit", "memo", "letter", "report", "ruling", "petition",
          "filing", "affidavit");
  private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "another");
  /** Heads that take an "of"/"for" phrase naming whom they speak for. */
  private static final Set<String> SPEAKS_FOR =
      Set.of("spokesman", "spokeswoman", "spokesperson", "spokespeople", "aide", "aides", "adviser", "advisers",
          "advisor", "advisors", "official", "officials", "representative", "representatives", "lawyer", "attorney");

  private UnnamedSpeakers() {}

  /**
   * Returns the description that starts with the determiner at {@code index} of {@code tokens}
   * (offsets into {@code body}), or null.
   */
  static Description at(String body, List<Token> tokens, int index) {
    String det = tokens.get(index).norm();
    boolean indefinite = INDEFINITE.contains(det);
    if (!indefinite && !det.equals("the")) {
      return null;
    }
    for (int k = index + 1; k < tokens.size() && k <= index + 5; k++) {
      Token t = tokens.get(k);
      if (!body.substring(tokens.get(k - 1).end(), t.start()).isBlank()) {
        return null; // a comma or quote mark: the phrase has ended
      }
      String w = t.norm();
      boolean voice = indefinite && VOICES.contains(w);
      boolean group = !indefinite && GROUPS_AND_DOCUMENTS.contains(w); // "a report" is too vague
      if (voice || group || (indefinite && SPEAKS_FOR.contains(w))) {
        int end = t.end();
        if (SPEAKS_FOR.contains(w) && k + 2 < tokens.size()) {
          String prep = tokens.get(k + 1).norm();
          if ((prep.equals("for") || prep.equals("of")) && tokens.get(k + 2).isCapitalized()) {
            int j = k + 2;
            while (j + 1 < tokens.size() && tokens.get(j + 1).isCapitalized()
                && body.substring(tokens.get(j).end(), tokens.get(j + 1).start()).isBlank()) {
              j++;
            }
            end = tokens.get(j).end(); // "a spokesman for Hunter", "an aide to ..." is not read
          }
        }
        int start = tokens.get(index).start();
        return new Description(start, end, body.substring(start, end));
      }
      if (!(t.isCapitalized() || isModifier(w))) {
        return null;
      }
    }
    return null;
  }

  private static boolean isModifier(String w) {
    return w.equals("senior") || w.equals("top") || w.equals("former") || w.equals("campaign") || w.equals("press")
        || w.equals("administration") || w.equals("federal") || w.equals("state") || w.equals("local")
        || w.equals("department") || w.equals("party") || w.equals("police") || w.equals("white")
        || w.equals("house") || w.equals("senate") || w.equals("congressional") || w.equals("company")
        || w.equals("other") || w.equals("fellow") || w.equals("government") || w.equals("u.s") || w.equals("us");
  }
}
