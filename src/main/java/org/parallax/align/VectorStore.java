package org.parallax.align;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.parallax.text.EntryStore;

/**
 * A persistent cache of sentence vectors shared by runs: one small file per sentence, under a folder
 * named after the model's identity, so a run pays the model only for sentences no earlier run saw.
 * Its files are handled by an {@link EntryStore} (as the POS-tag cache {@code text.TagStore}).
 *
 * <p>Keys are the sentence text with runs of white space collapsed to one space and the ends
 * stripped: the tokenizer splits at white space, so such texts have the same tokens and the same
 * vector ({@code VectorStoreTest} checks this on the tokenizer).
 *
 * <p>Safety: an entry is written to a temporary file in its folder and renamed over the final name
 * (atomic), so a reader sees a whole old entry, a whole new one, or none. Every entry holds its key
 * text and a CRC-32C of all its bytes; an entry that is short, long, damaged or for another text is
 * treated as missing (the caller recomputes and rewrites it), never used.
 *
 * <p>Size: a read touches the entry's modification time; when the files under the root exceed the
 * bound, the least recently used are deleted until the total is at most 80% of it. A process checks
 * the total on its first write and again after every tenth of the bound it has written.
 */
final class VectorStore {
  /** Bumped whenever the way a vector is computed from a text changes, so old entries are not used. */
  static final int FORMAT = 1;

  private static final int MAGIC = 0x50585631; // "PXV1"
  /** Default bound on the bytes under the root (about 60,000 sentences). */
  static final long DEFAULT_MAX_BYTES = 128L << 20;

  private final EntryStore files;
  private final int dimension;

  /**
   * A store under {@code root} for vectors of {@code dimension} floats from the model named by
   * {@code modelId}, bounded to {@code maxBytes} in all; its entries are {@code root/v1-H/xx/….vec}
   * (see {@link EntryStore}).
   */
  VectorStore(Path root, String modelId, int dimension, long maxBytes) {
    this.files = new EntryStore(root, "v" + FORMAT, modelId, ".vec", maxBytes);
    this.dimension = dimension;
  }

  /** Returns the user cache folder: {@code $XDG_CACHE_HOME/parallax/vectors} or {@code ~/.cache/parallax/vectors}. */
  static Path defaultRoot() {
    return EntryStore.defaultRoot("vectors");
  }

  /**
   * Returns the identity of the embedding model as the jar holds it: file names, sizes and CRCs of
   * the model and tokenizer entries, the ONNX Runtime version and the CPU architecture.
   */
  static String modelId() {
    StringBuilder id = new StringBuilder("all-MiniLM-L6-v2");
    for (String name : List.of(Embedder.MODEL_FILE, Embedder.TOKENIZER_FILE)) {
      id.append('|').append(name).append(':').append(EntryStore.resourceStamp("/" + name));
    }
    id.append("|ort:")
        .append(EntryStore.resourceStamp("/META-INF/maven/com.microsoft.onnxruntime/onnxruntime/pom.properties"));
    id.append("|arch:").append(System.getProperty("os.arch"));
    return id.toString();
  }

  /** Returns the key of a text: white-space runs collapsed to one space, ends stripped. */
  static String key(String text) {
    StringBuilder b = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (WordPiece.isWhitespace(c)) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.appendCodePoint(c);
      }
    }
    return b.toString();
  }

  /** Returns whether this model's folder holds at least one entry. */
  boolean hasEntries() {
    return files.hasEntries();
  }

  /** Returns how many entries were found damaged (and ignored) by this store. */
  long damaged() {
    return files.damaged();
  }

  Path file(String key) {
    return files.file(key);
  }

  /** Returns the stored vector of the text with key {@code key}, or null when there is no sound entry. */
  float[] get(String key) {
    return files.get(key, bytes -> decode(bytes, key));
  }

  /** Stores {@code vector} under {@code key}; failures (full disk, read-only folder) are ignored. */
  void put(String key, float[] vector) {
    if (vector.length != dimension) {
      throw new IllegalArgumentException("vector of " + vector.length + " floats, expected " + dimension);
    }
    files.put(key, encode(key, vector));
  }

  /**
   * Deletes the least recently used entries when the files under the root exceed the bound, and
   * temporary files older than an hour (left by a run that died while writing). Returns the bytes
   * left under the root.
   */
  long trim() {
    return files.trim();
  }

  /** Entry layout: magic, dimension, key length, key (UTF-8), floats, CRC-32C of all before it; big-endian. */
  byte[] encode(String key, float[] vector) {
    byte[] text = key.getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = ByteBuffer.allocate(12 + text.length + 4 * vector.length + 8).order(ByteOrder.BIG_ENDIAN);
    b.putInt(MAGIC).putInt(vector.length).putInt(text.length).put(text);
    for (float x : vector) {
      b.putFloat(x);
    }
    EntryStore.seal(b);
    return b.array();
  }

  /** Returns the vector in {@code bytes} when they are a sound entry for {@code key}, else null. */
  float[] decode(byte[] bytes, String key) {
    byte[] text = key.getBytes(StandardCharsets.UTF_8);
    int expected = 12 + text.length + 4 * dimension + 8;
    if (bytes.length != expected || !EntryStore.sealed(bytes)) {
      return null;
    }
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
    if (b.getInt() != MAGIC
        || b.getInt() != dimension
        || b.getInt() != text.length
        || !java.util.Arrays.equals(bytes, 12, 12 + text.length, text, 0, text.length)) {
      return null;
    }
    b.position(12 + text.length);
    float[] v = new float[dimension];
    for (int i = 0; i < dimension; i++) {
      v[i] = b.getFloat();
      if (!Float.isFinite(v[i])) {
        return null;
      }
    }
    return v;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "VectorStore[%s, max %d bytes]", files.dir(), files.maxBytes());
  }
}
