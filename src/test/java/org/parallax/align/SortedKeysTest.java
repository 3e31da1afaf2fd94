package org.parallax.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SortedKeysTest {
  /** Three strings with one hash code: the merge must tell them apart by their text. */
  private static final List<String> COLLIDING = List.of("aln", "an0", "c00");

  @Test
  void collidingHashCodesAreStillDifferentKeys() {
    assertEquals(COLLIDING.get(0).hashCode(), COLLIDING.get(2).hashCode());
    assertEquals(1, SortedKeys.of(Set.of("aln", "x")).shared(SortedKeys.of(Set.of("an0", "c00", "aln"))));
    assertEquals(0, SortedKeys.of(Set.of("an0")).shared(SortedKeys.of(Set.of("aln", "c00"))));
  }

  @Test
  void mergesAgreeWithHashSetsOnRandomSets() {
    Random random = new Random(11);
    List<String> alphabet = new ArrayList<>(COLLIDING);
    for (int k = 0; k < 30; k++) {
      alphabet.add(Integer.toString(k, 36) + (k % 2 == 0 ? "" : "é"));
    }
    for (int round = 0; round < 300; round++) {
      Map<String, Integer> a = randomCounts(random, alphabet);
      Map<String, Integer> b = randomCounts(random, alphabet);
      int shared = 0;
      int sharedMin = 0;
      for (Map.Entry<String, Integer> e : a.entrySet()) {
        if (b.containsKey(e.getKey())) {
          shared++;
          sharedMin += Math.min(e.getValue(), b.get(e.getKey()));
        }
      }
      assertEquals(shared, SortedKeys.of(a.keySet()).shared(SortedKeys.of(b.keySet())));
      assertEquals(sharedMin, SortedKeys.ofMultiset(repeated(random, a)).sharedMin(SortedKeys.ofMultiset(repeated(random, b))));

      List<String> orderA = new ArrayList<>(new LinkedHashSet<>(a.keySet()));
      List<String> orderB = new ArrayList<>(new LinkedHashSet<>(b.keySet()));
      boolean[] aInB = new boolean[orderA.size()];
      boolean[] bInA = new boolean[orderB.size()];
      assertEquals(shared, SortedKeys.ofOrdered(orderA).mark(SortedKeys.ofOrdered(orderB), aInB, bInA));
      for (int k = 0; k < orderA.size(); k++) {
        assertEquals(b.containsKey(orderA.get(k)), aInB[k], orderA.get(k));
      }
      for (int k = 0; k < orderB.size(); k++) {
        assertEquals(a.containsKey(orderB.get(k)), bInA[k], orderB.get(k));
      }
    }
  }

  @Test
  void packedGramsAreDistinctForDistinctTextAndMergeLikeSets() {
    assertNotEquals(SortedKeys.pack("ab\u0000c", 0, 4), SortedKeys.pack("abc\u0000", 0, 4));
    assertNotEquals(SortedKeys.pack("\uffff\uffff\uffff\uffff", 0, 4), SortedKeys.pack("\uffff\uffff\uffff\ufffe", 0, 4));
    long[] a = SortedKeys.sortedDistinct(new long[] {5, -3, 5, 9, -3, 0}, 6);
    assertArrayEquals(new long[] {-3, 0, 5, 9}, a);
    assertEquals(2, SortedKeys.shared(a, SortedKeys.sortedDistinct(new long[] {9, 1, -3}, 3)));
    assertEquals(0, SortedKeys.shared(a, new long[0]));
  }

  /** Returns each key of {@code counts} as often as its count, shuffled. */
  private static List<String> repeated(Random random, Map<String, Integer> counts) {
    List<String> out = new ArrayList<>();
    counts.forEach((k, n) -> out.addAll(Collections.nCopies(n, k)));
    Collections.shuffle(out, random);
    return out;
  }

  private static Map<String, Integer> randomCounts(Random random, List<String> alphabet) {
    Map<String, Integer> out = new HashMap<>();
    int n = random.nextInt(12);
    for (int k = 0; k < n; k++) {
      out.merge(alphabet.get(random.nextInt(alphabet.size())), 1 + random.nextInt(3), Integer::sum);
    }
    return out;
  }
}
