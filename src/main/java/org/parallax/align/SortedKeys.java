package org.parallax.align;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A set of strings (or a multiset: each with a count) sorted once by hash code and then by
 * {@link String#compareTo}, so that two of them intersect by one merge walk with exact string
 * comparison: no hashing and no map look-ups per pair. Also merges sorted {@code long} arrays,
 * which hold short character n-grams packed into a number without loss.
 */
final class SortedKeys {
  static final SortedKeys EMPTY = new SortedKeys(new String[0], new int[0], null, null);

  /** The keys, sorted by hash code, then by {@link String#compareTo}. */
  final String[] keys;
  /** {@code keys[k].hashCode()}. */
  final int[] hashes;
  /** The count of each key, or null for a set. */
  final int[] counts;
  /** Where each key stands in the insertion order it was made from, or null. */
  final int[] positions;

  private SortedKeys(String[] keys, int[] hashes, int[] counts, int[] positions) {
    this.keys = keys;
    this.hashes = hashes;
    this.counts = counts;
    this.positions = positions;
  }

  int size() {
    return keys.length;
  }

  /** Returns the keys of a set. */
  static SortedKeys of(Collection<String> set) {
    return build(set.toArray(new String[0]), false);
  }

  /** Returns the keys of distinct strings in an order that {@link #mark} reports positions in. */
  static SortedKeys ofOrdered(List<String> distinct) {
    return build(distinct.toArray(new String[0]), true);
  }

  /** Returns the distinct strings of {@code items} (repeats allowed), each with how often it occurs. */
  static SortedKeys ofMultiset(List<String> items) {
    String[] k = items.toArray(new String[0]);
    int[] order = sortedOrder(k);
    int distinct = 0;
    for (int i = 0; i < order.length; i++) {
      if (i == 0 || !k[order[i]].equals(k[order[i - 1]])) {
        distinct++;
      }
    }
    String[] keys = new String[distinct];
    int[] hashes = new int[distinct];
    int[] counts = new int[distinct];
    int m = -1;
    for (int i = 0; i < order.length; i++) {
      String s = k[order[i]];
      if (m < 0 || !s.equals(keys[m])) {
        m++;
        keys[m] = s;
        hashes[m] = s.hashCode();
      }
      counts[m]++;
    }
    return new SortedKeys(keys, hashes, counts, null);
  }

  private static SortedKeys build(String[] k, boolean withPositions) {
    int n = k.length;
    int[] order = sortedOrder(k);
    String[] keys = new String[n];
    int[] hashes = new int[n];
    int[] positions = withPositions ? new int[n] : null;
    for (int i = 0; i < n; i++) {
      int o = order[i];
      keys[i] = k[o];
      hashes[i] = k[o].hashCode();
      if (positions != null) {
        positions[i] = o;
      }
    }
    return new SortedKeys(keys, hashes, null, positions);
  }

  /**
   * Returns the indexes of {@code k} in the order of {@link #compare}: a primitive sort by hash
   * code (the hash in the high half of a long, the index in the low), then runs of equal hash
   * codes, which are rare, sorted by text.
   */
  private static int[] sortedOrder(String[] k) {
    int n = k.length;
    long[] packed = new long[n];
    for (int i = 0; i < n; i++) {
      packed[i] = ((long) k[i].hashCode() << 32) | i;
    }
    Arrays.sort(packed);
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = (int) packed[i];
    }
    for (int from = 0; from < n; ) {
      int to = from + 1;
      while (to < n && (int) (packed[to] >> 32) == (int) (packed[from] >> 32)) {
        to++;
      }
      // Insertion sort of a run of one hash code by text.
      for (int i = from + 1; i < to; i++) {
        int x = order[i];
        int j = i - 1;
        while (j >= from && k[order[j]].compareTo(k[x]) > 0) {
          order[j + 1] = order[j];
          j--;
        }
        order[j + 1] = x;
      }
      from = to;
    }
    return order;
  }

  private static int compare(int ha, String a, int hb, String b) {
    return ha != hb ? Integer.compare(ha, hb) : a.compareTo(b);
  }

  /** Returns how many keys both sets have. */
  int shared(SortedKeys o) {
    return merge(o, false, null, null);
  }

  /** Returns the sum over the keys of both multisets of the smaller of the two counts. */
  int sharedMin(SortedKeys o) {
    return merge(o, true, null, null);
  }

  /**
   * Marks, by position (see {@link #ofOrdered}), the keys of this set that {@code o} has in {@code
   * mine} and those of {@code o} that this set has in {@code theirs}; returns how many are shared.
   */
  int mark(SortedKeys o, boolean[] mine, boolean[] theirs) {
    return merge(o, false, mine, theirs);
  }

  /**
   * Walks this set and {@code o} together; for each key both have, adds the smaller of the two counts
   * ({@code minCounts}) or 1, and marks its positions in {@code mine} and {@code theirs} when given.
   */
  private int merge(SortedKeys o, boolean minCounts, boolean[] mine, boolean[] theirs) {
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < keys.length && j < o.keys.length) {
      int c = compare(hashes[i], keys[i], o.hashes[j], o.keys[j]);
      if (c < 0) {
        i++;
      } else if (c > 0) {
        j++;
      } else {
        n += minCounts ? Math.min(counts[i], o.counts[j]) : 1;
        if (mine != null) {
          mine[positions[i]] = true;
          theirs[o.positions[j]] = true;
        }
        i++;
        j++;
      }
    }
    return n;
  }

  /** Returns how many values two sorted arrays of distinct values share. */
  static int shared(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      long x = a[i];
      long y = b[j];
      if (x < y) {
        i++;
      } else if (x > y) {
        j++;
      } else {
        n++;
        i++;
        j++;
      }
    }
    return n;
  }

  /** Returns {@code values[0, n)} sorted with duplicates removed. */
  static long[] sortedDistinct(long[] values, int n) {
    long[] v = Arrays.copyOf(values, n);
    Arrays.sort(v);
    int m = 0;
    for (int i = 0; i < v.length; i++) {
      if (m == 0 || v[i] != v[m - 1]) {
        v[m++] = v[i];
      }
    }
    return m == v.length ? v : Arrays.copyOf(v, m);
  }

  /** Returns the chars of a substring of at most 4 chars packed into a long, 16 bits each. */
  static long pack(CharSequence s, int from, int to) {
    long x = 0;
    for (int i = from; i < to; i++) {
      x = (x << 16) | s.charAt(i);
    }
    return x;
  }
}
