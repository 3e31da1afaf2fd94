package org.parallax.facts;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One thing both articles state with different values: a count, an age, a sum, a tally, the date of
 * one event, or who holds one role.
 *
 * @param kind what sort of value differs
 * @param about what both values are about, in words ("people killed", "age of Cesar Sayoc")
 * @param a what article A says, and where
 * @param b what article B says, and where
 * @param note one sentence for the reader saying why the two values are taken to be about the same thing
 */
public record Conflict(Kind kind, String about, Side a, Side b, String note) {
  /** The sort of value that differs. */
  public enum Kind {
    /** A count, age, amount or share. */
    NUMBER,
    /** The vote count of one vote, such as 52-48. */
    TALLY,
    /** The day, month or year of one event. */
    DATE,
    /** The person who holds one role. */
    ROLE;

    /** Returns the name used in reports. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One article's value.
   *
   * @param value the value as the article writes it
   * @param sentenceIds the sentences that state it
   */
  public record Side(String value, List<String> sentenceIds) {
    public Side {
      Objects.requireNonNull(value, "value");
      sentenceIds = List.copyOf(sentenceIds);
      if (sentenceIds.isEmpty()) {
        throw new IllegalArgumentException("a conflict side needs a sentence");
      }
    }
  }

  public Conflict {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(about, "about");
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(note, "note");
  }

  /** Returns whether the conflict is stated in the sentence with this id (of either article). */
  public boolean touches(String sentenceId) {
    return a.sentenceIds().contains(sentenceId) || b.sentenceIds().contains(sentenceId);
  }
}
