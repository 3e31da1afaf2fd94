package org.parallax.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AlignmentResultTest {
  @Test
  void aConflictInsideAnAlignmentMarksItConflictingAndNothingElse() {
    Alignment one = new Alignment(List.of("A-s1", "A-s2"), List.of("B-s3"), AlignmentKind.PARTIAL, 0.5, List.of());
    Alignment two = new Alignment(List.of("A-s4"), List.of("B-s5"), AlignmentKind.PARAPHRASE, 0.7, List.of());
    AlignmentResult r = new AlignmentResult(List.of(one, two), List.of(), List.of(), 0.9, true);
    AlignmentResult marked = r.withConflict("A-s2", "B-s3");
    assertEquals(AlignmentKind.CONFLICTING, marked.alignments().get(0).kind());
    assertEquals(AlignmentKind.PARAPHRASE, marked.alignments().get(1).kind());
    // Sentences of two different alignments: no alignment holds both, nothing changes.
    assertEquals(r, r.withConflict("A-s1", "B-s5"));
  }
}
