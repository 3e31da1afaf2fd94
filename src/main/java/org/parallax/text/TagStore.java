package org.parallax.text;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * A persistent cache of part-of-speech tags shared by runs, so that a run whose sentences were all
 * tagged before never reads the POS model (about 0.15 s of CPU). Its files are handled by an
 * {@link EntryStore} (as the sentence-vector cache {@code align.VectorStore}): one small file per
 * tagged word sequence, in a folder named after the model's identity (the model file's name, size
 * and CRC in the jar and the OpenNLP version).
 *
 * <p>Keys are the exact words handed to the tagger, joined with U+0000 (a word never holds one). An
 * entry is written to a temporary file and renamed over its name (atomic); it holds its key and a
 * CRC-32C of all its bytes, so an entry that is short, damaged or for other words is treated as
 * missing (recomputed and rewritten), never used. Above the size bound the least recently read
 * entries are deleted until the total is at most 80% of it.
 */
final class TagStore {
  /** Bumped whenever the way tags are computed from words changes, so old entries are not used. */
  static final int FORMAT = 1;

  private static final int MAGIC = 0x50585431; // "PXT1"
  /** Default bound on the bytes under the root. */
  static final long DEFAULT_MAX_BYTES = 32L << 20;

  private final EntryStore files;

  /**
   * A store under {@code root} for tags from the model named by {@code modelId}, bounded to {@code
   * maxBytes}; its entries are {@code root/t1-H/xx/….tag} (see {@link EntryStore}).
   */
  TagStore(Path root, String modelId, long maxBytes) {
    this.files = new EntryStore(root, "t" + FORMAT, modelId, ".tag", maxBytes);
  }

  /** Returns the user cache folder: {@code $XDG_CACHE_HOME/parallax/tags} or {@code ~/.cache/parallax/tags}. */
  static Path defaultRoot() {
    return EntryStore.defaultRoot("tags");
  }

  /** Returns the identity of the POS model as the jar holds it, and of the OpenNLP release that runs it. */
  static String modelId(String resource) {
    return resource + ":" + EntryStore.resourceStamp(resource)
        + "|opennlp:" + EntryStore.resourceStamp("/META-INF/maven/org.apache.opennlp/opennlp-tools/pom.properties");
  }

  /** Returns the key of a word sequence. */
  static String key(List<String> words) {
    return String.join("\u0000", words);
  }

  /** Returns whether the model's folder holds at least one entry. */
  boolean hasEntries() {
    return files.hasEntries();
  }

  Path file(String key) {
    return files.file(key);
  }

  /** Returns the stored tags of {@code words}, or null when there is no sound entry. */
  String[] get(List<String> words) {
    String key = key(words);
    return files.get(key, bytes -> decode(bytes, key, words.size()));
  }

  /** Stores {@code tags} of {@code words}; failures (full disk, read-only folder) are ignored. */
  void put(List<String> words, String[] tags) {
    if (tags.length != words.size()) {
      throw new IllegalArgumentException(tags.length + " tags for " + words.size() + " words");
    }
    String key = key(words);
    files.put(key, encode(key, tags));
  }

  /**
   * Deletes the least recently read entries when the files under the root exceed the bound, and
   * temporary files older than an hour; returns the bytes left under the root (-1 if unknown).
   */
  long trim() {
    return files.trim();
  }

  /** Entry layout: magic, key length, key, tags length, tags joined by spaces (UTF-8), CRC-32C of all before it. */
  static byte[] encode(String key, String[] tags) {
    byte[] text = key.getBytes(StandardCharsets.UTF_8);
    byte[] t = String.join(" ", tags).getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = ByteBuffer.allocate(12 + text.length + t.length + 8).order(ByteOrder.BIG_ENDIAN);
    b.putInt(MAGIC).putInt(text.length).put(text).putInt(t.length).put(t);
    EntryStore.seal(b);
    return b.array();
  }

  /** Returns the tags in {@code bytes} when they are a sound entry for {@code key} with {@code n} tags, else null. */
  static String[] decode(byte[] bytes, String key, int n) {
    byte[] text = key.getBytes(StandardCharsets.UTF_8);
    if (bytes.length < 12 + text.length + 8 || !EntryStore.sealed(bytes)) {
      return null;
    }
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
    if (b.getInt() != MAGIC
        || b.getInt() != text.length
        || !java.util.Arrays.equals(bytes, 8, 8 + text.length, text, 0, text.length)) {
      return null;
    }
    b.position(8 + text.length);
    int len = b.getInt();
    if (len != bytes.length - 12 - text.length - 8) {
      return null;
    }
    String joined = new String(bytes, 12 + text.length, len, StandardCharsets.UTF_8);
    String[] tags = joined.isEmpty() ? new String[0] : joined.split(" ", -1);
    if (tags.length != n) {
      return null;
    }
    for (String t : tags) {
      if (t.isEmpty()) {
        return null;
      }
    }
    return tags;
  }
}
