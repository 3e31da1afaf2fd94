package org.parallax.align;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.jar.JarEntry;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * A persistent cache of sentence vectors shared by runs: one small file per sentence, under a folder
 * named after the model's identity, so a run pays the model only for sentences no earlier run saw.
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
  private static final String SUFFIX = ".vec";
  private static final String TMP = ".tmp";
  /** Default bound on the bytes under the root (about 60,000 sentences). */
  static final long DEFAULT_MAX_BYTES = 128L << 20;

  private final Path root;
  private final Path dir;
  private final long maxBytes;
  private final int dimension;
  private final AtomicLong writtenSinceCheck = new AtomicLong();
  private volatile boolean checked;
  private final AtomicLong damaged = new AtomicLong();

  /**
   * A store under {@code root} for vectors of {@code dimension} floats from the model named by
   * {@code modelId}, bounded to {@code maxBytes} in all.
   */
  VectorStore(Path root, String modelId, int dimension, long maxBytes) {
    this.root = root;
    this.dir = root.resolve("v" + FORMAT + "-" + hash128(modelId).substring(0, 16));
    this.dimension = dimension;
    this.maxBytes = maxBytes;
  }

  /** Returns the user cache folder: {@code $XDG_CACHE_HOME/parallax/vectors} or {@code ~/.cache/parallax/vectors}. */
  static Path defaultRoot() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base =
        xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("parallax").resolve("vectors");
  }

  /**
   * Returns the identity of the embedding model as the jar holds it: file names, sizes and CRCs of
   * the model and tokenizer entries, the ONNX Runtime version and the CPU architecture.
   */
  static String modelId() {
    StringBuilder id = new StringBuilder("all-MiniLM-L6-v2");
    for (String name : List.of(Embedder.MODEL_FILE, Embedder.TOKENIZER_FILE)) {
      id.append('|').append(name).append(':').append(resourceStamp(name));
    }
    id.append("|ort:").append(resourceStamp("META-INF/maven/com.microsoft.onnxruntime/onnxruntime/pom.properties"));
    id.append("|arch:").append(System.getProperty("os.arch"));
    return id.toString();
  }

  private static String resourceStamp(String name) {
    URL url = VectorStore.class.getResource("/" + name);
    if (url == null) {
      return "none";
    }
    try {
      URLConnection c = url.openConnection();
      if (c instanceof JarURLConnection j) {
        JarEntry e = j.getJarEntry();
        return e.getSize() + ":" + Long.toHexString(e.getCrc());
      }
      return c.getContentLengthLong() + ":" + url;
    } catch (IOException | RuntimeException e) {
      return "unknown:" + url;
    }
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
    try (DirectoryStream<Path> shards = Files.newDirectoryStream(dir)) {
      for (Path shard : shards) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(shard, "*" + SUFFIX)) {
          if (files.iterator().hasNext()) {
            return true;
          }
        } catch (IOException | RuntimeException e) {
          // not a folder, or gone: look at the next
        }
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
    return false;
  }

  /** Returns how many entries were found damaged (and ignored) by this store. */
  long damaged() {
    return damaged.get();
  }

  Path file(String key) {
    String h = hash128(key);
    return dir.resolve(h.substring(0, 2)).resolve(h.substring(2) + SUFFIX);
  }

  /** Returns the stored vector of the text with key {@code key}, or null when there is no sound entry. */
  float[] get(String key) {
    Path f = file(key);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(f);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException | RuntimeException e) {
      damaged.incrementAndGet();
      return null;
    }
    float[] v = decode(bytes, key);
    if (v == null) {
      damaged.incrementAndGet();
      return null;
    }
    try {
      Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis()));
    } catch (IOException | RuntimeException e) {
      // evicted meanwhile, or read-only: the vector is still sound
    }
    return v;
  }

  /** Stores {@code vector} under {@code key}; failures (full disk, read-only folder) are ignored. */
  void put(String key, float[] vector) {
    if (vector.length != dimension) {
      throw new IllegalArgumentException("vector of " + vector.length + " floats, expected " + dimension);
    }
    byte[] bytes = encode(key, vector);
    Path f = file(key);
    Path tmp = null;
    try {
      Files.createDirectories(f.getParent());
      tmp = Files.createTempFile(f.getParent(), f.getFileName().toString(), TMP);
      Files.write(tmp, bytes);
      Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      tmp = null;
    } catch (IOException | RuntimeException e) {
      return;
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException | RuntimeException e) {
          // left for trim() to remove
        }
      }
    }
    long written = writtenSinceCheck.addAndGet(bytes.length);
    if (!checked || written > maxBytes / 10) {
      checked = true;
      writtenSinceCheck.set(0);
      trim();
    }
  }

  /**
   * Deletes the least recently used entries when the files under the root exceed the bound, and
   * temporary files older than an hour (left by a run that died while writing). Returns the bytes
   * left under the root.
   */
  synchronized long trim() {
    record Entry(Path path, long size, long time) {}
    List<Entry> entries = new ArrayList<>();
    long total = 0;
    long staleBefore = System.currentTimeMillis() - 3_600_000L;
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        BasicFileAttributes a;
        try {
          a = Files.readAttributes(p, BasicFileAttributes.class);
        } catch (IOException | RuntimeException e) {
          continue;
        }
        if (!a.isRegularFile()) {
          continue;
        }
        String name = p.getFileName().toString();
        if (name.endsWith(TMP) && a.lastModifiedTime().toMillis() < staleBefore) {
          deleteQuietly(p);
          continue;
        }
        entries.add(new Entry(p, a.size(), a.lastModifiedTime().toMillis()));
        total += a.size();
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    if (total <= maxBytes) {
      return total;
    }
    entries.sort(Comparator.comparingLong(Entry::time).thenComparing(e -> e.path().toString()));
    long goal = maxBytes / 10 * 8;
    for (Entry e : entries) {
      if (total <= goal) {
        break;
      }
      if (e.path().getFileName().toString().endsWith(SUFFIX) && deleteQuietly(e.path())) {
        total -= e.size();
      }
    }
    return total;
  }

  private static boolean deleteQuietly(Path p) {
    try {
      return Files.deleteIfExists(p);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Entry layout: magic, dimension, key length, key (UTF-8), floats, CRC-32C of all before it; big-endian. */
  byte[] encode(String key, float[] vector) {
    byte[] text = key.getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = ByteBuffer.allocate(12 + text.length + 4 * vector.length + 8).order(ByteOrder.BIG_ENDIAN);
    b.putInt(MAGIC).putInt(vector.length).putInt(text.length).put(text);
    for (float x : vector) {
      b.putFloat(x);
    }
    CRC32C crc = new CRC32C();
    crc.update(b.array(), 0, b.position());
    b.putLong(crc.getValue());
    return b.array();
  }

  /** Returns the vector in {@code bytes} when they are a sound entry for {@code key}, else null. */
  float[] decode(byte[] bytes, String key) {
    byte[] text = key.getBytes(StandardCharsets.UTF_8);
    int expected = 12 + text.length + 4 * dimension + 8;
    if (bytes.length != expected) {
      return null;
    }
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, expected - 8);
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
    if (b.getLong(expected - 8) != crc.getValue()
        || b.getInt() != MAGIC
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

  /**
   * Returns a 128-bit hash of {@code s} in hex: two 64-bit FNV-1a-style hashes with different
   * multipliers and a final mix. Not cryptographic (and quicker to start than MessageDigest): a
   * collision only makes two texts share a file, and since each entry holds its key text, they
   * would only miss each other, never get the wrong vector.
   */
  static String hash128(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    long h1 = 0xcbf29ce484222325L;
    long h2 = 0x84222325cbf29ce4L ^ b.length;
    for (byte x : b) {
      h1 = (h1 ^ (x & 0xff)) * 0x100000001b3L;
      h2 = (h2 ^ (x & 0xff)) * 0x9E3779B97F4A7C15L;
      h2 ^= h2 >>> 29;
    }
    return HexFormat.of().toHexDigits(mix(h1)) + HexFormat.of().toHexDigits(mix(h2 ^ h1));
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "VectorStore[%s, max %d bytes]", dir, maxBytes);
  }
}
