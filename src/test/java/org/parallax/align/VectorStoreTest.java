package org.parallax.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.text.EntryDamage;

class VectorStoreTest {
  @TempDir Path root;

  private VectorStore store(long max) {
    return new VectorStore(root, "test-model", Embedder.DIMENSION, max);
  }

  private static float[] vector(long seed) {
    Random r = new Random(seed);
    float[] v = new float[Embedder.DIMENSION];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) r.nextGaussian();
    }
    return v;
  }

  @Test
  void storedVectorIsReadBackBitForBit() {
    VectorStore s = store(1 << 20);
    assertNull(s.get("a sentence"));
    assertFalse(s.hasEntries());
    s.put("a sentence", vector(1));
    assertArrayEquals(vector(1), s.get("a sentence"));
    assertTrue(s.hasEntries());
    assertNull(s.get("another sentence"));
    // a second store on the same folder (a later run) finds it; a store for another model does not
    assertArrayEquals(vector(1), store(1 << 20).get("a sentence"));
    assertNull(new VectorStore(root, "other-model", Embedder.DIMENSION, 1 << 20).get("a sentence"));
  }

  @Test
  void tornEntryIsNotUsedAndIsRepaired() throws IOException {
    VectorStore s = store(1 << 20);
    s.put("torn", vector(2));
    Path f = s.file("torn");
    byte[] whole = Files.readAllBytes(f);
    EntryDamage.cuts(f, whole, label -> assertNull(s.get("torn"), label));
    Files.write(f, concat(whole, new byte[] {0}));
    assertNull(s.get("torn"), "entry with a byte too many");
    assertEquals(6, s.damaged());
    s.put("torn", vector(2));
    assertArrayEquals(vector(2), s.get("torn"));
  }

  @Test
  void everySingleFlippedBitIsDetected() throws IOException {
    VectorStore s = store(1 << 20);
    s.put("flip", vector(3));
    Path f = s.file("flip");
    byte[] whole = Files.readAllBytes(f);
    EntryDamage.flips(f, whole, 7, label -> assertNull(s.get("flip"), label));
  }

  @Test
  void entryOfAnotherTextUnderThisNameIsNotUsed() throws IOException {
    VectorStore s = store(1 << 20);
    s.put("first", vector(4));
    s.put("second", vector(5));
    Files.copy(s.file("first"), s.file("second"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertNull(s.get("second"));
    assertArrayEquals(vector(4), s.get("first"));
  }

  @Test
  void keyCollapsesWhiteSpaceOnly() {
    assertEquals("Prices rose sharply.", VectorStore.key("  Prices\u00A0 rose\n\tsharply. "));
    assertEquals("prices rose", VectorStore.key("prices rose"));
    assertFalse(VectorStore.key("Prices rose").equals(VectorStore.key("prices rose")));
    assertEquals("", VectorStore.key(" \u2003\n"));
  }

  @Test
  void textsWithTheSameKeyHaveTheSameTokens() throws IOException {
    WordPiece w;
    try (InputStream in = Embedder.class.getResourceAsStream("/" + Embedder.TOKENIZER_FILE)) {
      w = WordPiece.read(in);
    }
    List<String> texts =
        List.of(
            "  Lavrov said\u00A0the talks  were \"constructive\".\n",
            "[CLS]  Pyongyang\tfired [SEP] a missile ",
            "Café\u2009crème, naïve\u3000résumé",
            "\u200B zero\u200Bwidth  joiners\u200D ");
    for (String t : texts) {
      assertEquals(w.tokenize(t), w.tokenize(VectorStore.key(t)), t);
    }
  }

  @Test
  void sizeBoundEvictsLeastRecentlyUsed() throws IOException {
    int entryBytes = store(1).encode("sentence 00", vector(0)).length;
    long max = entryBytes * 20L;
    VectorStore writer = store(1L << 30); // writes without evicting
    VectorStore s = store(max);
    long t = System.currentTimeMillis() - 1_000_000;
    for (int i = 0; i < 40; i++) {
      String key = String.format("sentence %02d", i);
      writer.put(key, vector(i));
      Files.setLastModifiedTime(s.file(key), FileTime.fromMillis(t + i * 1000L));
    }
    // sentence 00 is the oldest written, but read last: it must survive
    assertNotNull(s.get("sentence 00"));
    long left = s.trim();
    assertTrue(left <= max, left + " bytes left, bound " + max);
    assertEquals(left, bytesUnder(root));
    assertNotNull(s.get("sentence 00"), "recently read entry kept");
    assertNull(s.get("sentence 01"), "least recently used entry evicted");
    assertNotNull(s.get("sentence 39"), "newest entry kept");
  }

  @Test
  void staleTemporaryFilesAreRemoved() throws IOException {
    VectorStore s = store(1 << 20);
    s.put("x", vector(6));
    Path stale = s.file("x").resolveSibling("y.vec123.tmp");
    Files.write(stale, new byte[] {1, 2, 3});
    Files.setLastModifiedTime(stale, FileTime.fromMillis(System.currentTimeMillis() - 7_200_000));
    s.trim();
    assertFalse(Files.exists(stale));
    assertArrayEquals(vector(6), s.get("x"));
  }

  @Test
  void concurrentWritersAndReadersNeverSeeAWrongVector() throws Exception {
    // two stores on one folder stand for two processes
    VectorStore[] stores = {store(1 << 22), store(1 << 22)};
    AtomicInteger hits = new AtomicInteger();
    EntryDamage.concurrently(
        4,
        worker -> {
          VectorStore s = stores[worker % 2];
          for (int round = 0; round < 150; round++) {
            int k = (round * 7 + worker) % 25;
            String key = "shared sentence " + k;
            float[] got = s.get(key);
            if (got != null) {
              assertArrayEquals(vector(k), got, key);
              hits.incrementAndGet();
            }
            s.put(key, vector(k));
          }
        });
    assertTrue(hits.get() > 0);
    assertEquals(0, stores[0].damaged() + stores[1].damaged());
    for (int k = 0; k < 25; k++) {
      assertArrayEquals(vector(k), stores[0].get("shared sentence " + k));
    }
    EntryDamage.assertNoTemporaryFile(root);
  }

  @Test
  void cachedVectorsEqualTheModelsAndSkipIt() throws IOException {
    List<String> texts = List.of("The river burst its banks.", "  The river  burst its banks. ", "Wages fell.", " ");
    float[][] direct = Embedder.shared().embed(texts);
    VectorStore before = Vectors.store();
    try {
      Vectors.usePersistent(root, 1 << 22);
      float[][] first = Vectors.embed(texts);
      long runs = Embedder.shared().runs();
      Vectors.usePersistent(root, 1 << 22); // a new run: nothing in memory, all on disk
      float[][] second = Vectors.embed(texts);
      assertEquals(runs, Embedder.shared().runs(), "cached texts do not run the model");
      for (int i = 0; i < texts.size(); i++) {
        assertArrayEquals(direct[i], first[i], texts.get(i));
        assertArrayEquals(direct[i], second[i], texts.get(i));
      }
      // a damaged entry is recomputed, to the same vector, and rewritten
      Path f = Vectors.store().file(VectorStore.key("Wages fell."));
      byte[] bytes = Files.readAllBytes(f);
      bytes[40] ^= 1;
      Files.write(f, bytes);
      Vectors.usePersistent(root, 1 << 22);
      assertArrayEquals(direct[2], Vectors.embed(List.of("Wages fell."))[0]);
      assertArrayEquals(direct[2], Vectors.store().get("Wages fell."));
    } finally {
      Vectors.usePersistent(null, 0);
      assertNull(before);
    }
  }

  private static long bytesUnder(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
