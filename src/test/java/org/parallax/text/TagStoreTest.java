package org.parallax.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TagStoreTest {
  @TempDir Path root;

  private static final List<String> WORDS = List.of("Lavrov", "said", "the", "talks", "were", "constructive", ".");
  private static final String[] TAGS = {"PROPN", "VERB", "DET", "NOUN", "AUX", "ADJ", "PUNCT"};

  private TagStore store(long max) {
    return new TagStore(root, "test-model", max);
  }

  @Test
  void storedTagsAreReadBackForTheSameWordsAndModelOnly() {
    TagStore s = store(1 << 20);
    assertNull(s.get(WORDS));
    assertFalse(s.hasEntries());
    s.put(WORDS, TAGS);
    assertTrue(s.hasEntries());
    assertArrayEquals(TAGS, s.get(WORDS));
    assertArrayEquals(TAGS, store(1 << 20).get(WORDS), "a later run on the same folder");
    assertNull(new TagStore(root, "other-model", 1 << 20).get(WORDS), "another model's folder");
    assertNull(s.get(List.of("Lavrov", "said", "the", "talks", "were", "constructive")), "other words");
    // words are not joined with spaces: ["a b", "c"] and ["a", "b c"] are different keys
    s.put(List.of("a b", "c"), new String[] {"X", "Y"});
    assertNull(s.get(List.of("a", "b c")));
  }

  @Test
  void tornOrDamagedEntryIsNotUsedAndIsRepaired() throws IOException {
    TagStore s = store(1 << 20);
    s.put(WORDS, TAGS);
    Path f = s.file(TagStore.key(WORDS));
    byte[] whole = Files.readAllBytes(f);
    EntryDamage.cuts(f, whole, label -> assertNull(s.get(WORDS), label));
    EntryDamage.flips(f, whole, 5, label -> assertNull(s.get(WORDS), label));
    s.put(WORDS, TAGS);
    assertArrayEquals(TAGS, s.get(WORDS));
  }

  @Test
  void entryOfOtherWordsUnderThisNameIsNotUsed() throws IOException {
    TagStore s = store(1 << 20);
    List<String> other = List.of("Pyongyang", "fired", ".");
    s.put(WORDS, TAGS);
    s.put(other, new String[] {"PROPN", "VERB", "PUNCT"});
    Files.copy(s.file(TagStore.key(WORDS)), s.file(TagStore.key(other)), StandardCopyOption.REPLACE_EXISTING);
    assertNull(s.get(other));
    assertArrayEquals(TAGS, s.get(WORDS));
  }

  @Test
  void sizeBoundEvictsLeastRecentlyRead() throws IOException {
    long entryBytes = TagStore.encode(TagStore.key(List.of("w00")), new String[] {"NOUN"}).length;
    long max = entryBytes * 20;
    TagStore writer = store(1L << 30);
    TagStore s = store(max);
    long t = System.currentTimeMillis() - 1_000_000;
    for (int i = 0; i < 40; i++) {
      List<String> w = List.of(String.format("w%02d", i));
      writer.put(w, new String[] {"NOUN"});
      Files.setLastModifiedTime(s.file(TagStore.key(w)), FileTime.fromMillis(t + i * 1000L));
    }
    assertNotNull(s.get(List.of("w00"))); // oldest written, read last
    long left = s.trim();
    assertTrue(left <= max, left + " bytes left, bound " + max);
    assertNotNull(s.get(List.of("w00")), "recently read entry kept");
    assertNull(s.get(List.of("w01")), "least recently read entry evicted");
    assertNotNull(s.get(List.of("w39")), "newest entry kept");
  }

  @Test
  void concurrentWritersAndReadersNeverSeeWrongTags() throws Exception {
    TagStore[] stores = {store(1 << 22), store(1 << 22)}; // two processes on one folder
    AtomicInteger hits = new AtomicInteger();
    EntryDamage.concurrently(4, worker -> {
      TagStore s = stores[worker % 2];
      for (int round = 0; round < 150; round++) {
        int k = (round * 7 + worker) % 25;
        List<String> words = List.of("word", String.valueOf(k));
        String[] tags = {"NOUN", "NUM" + k};
        String[] got = s.get(words);
        if (got != null) {
          assertArrayEquals(tags, got);
          hits.incrementAndGet();
        }
        s.put(words, tags);
      }
    });
    assertTrue(hits.get() > 0);
    EntryDamage.assertNoTemporaryFile(root);
  }

  @Test
  void modelIdentityNamesTheModelEntryAndTheOpenNlpRelease() {
    String id = TagStore.modelId(PosModel.RESOURCE);
    assertTrue(id.startsWith(PosModel.RESOURCE + ":"), id);
    assertFalse(id.contains("none"), id);
    assertNotEquals(id, TagStore.modelId("/no-such-model.bin"));
  }
}
