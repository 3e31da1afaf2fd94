package org.parallax.align;

/** How close two aligned passages are, from the same words to the same subject. */
public enum AlignmentKind {
  IDENTICAL("identical"),
  NEAR_IDENTICAL("near-identical"),
  PARAPHRASE("paraphrase"),
  /** One passage carries part of the other (the rest of the longer is not in the shorter). */
  PARTIAL("partial"),
  RELATED("related"),
  /** Aligned passages whose facts conflict (set where the facts stage finds a conflict inside the pair). */
  CONFLICTING("conflicting");

  private final String id;

  AlignmentKind(String id) {
    this.id = id;
  }

  /** Returns the name used in reports. */
  public String id() {
    return id;
  }
}
