package org.parallax.align;

/** How close two aligned passages are, from the same words to the same subject. */
public enum AlignmentKind {
  IDENTICAL("identical"),
  NEAR_IDENTICAL("near-identical"),
  PARAPHRASE("paraphrase"),
  RELATED("related");

  private final String id;

  AlignmentKind(String id) {
    this.id = id;
  }

  /** Returns the name used in reports. */
  public String id() {
    return id;
  }
}
