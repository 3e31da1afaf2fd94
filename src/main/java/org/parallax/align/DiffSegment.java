package org.parallax.align;

import java.util.Objects;

/** One run of a word diff: text both sides share, or text only the old (A) or new (B) side has. */
public record DiffSegment(Op op, String text) {
  /** What a segment is. */
  public enum Op {
    EQUAL,
    DELETE,
    INSERT;

    /** Returns the name used in reports. */
    public String id() {
      return switch (this) {
        case EQUAL -> "equal";
        case DELETE -> "delete";
        case INSERT -> "insert";
      };
    }
  }

  public DiffSegment {
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(text, "text");
  }
}
