package org.parallax.text;

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
import java.util.concurrent.atomic.AtomicLong;
import java.util.jar.JarEntry;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * A persistent cache of part-of-speech tags shared by runs, so that a run whose sentences were all
 * tagged before never reads the POS model (about 0.15 s of CPU). It is built like the sentence-vector
 * cache ({@code align.VectorStore}): one small file per tagged word sequence, in a folder named after
 * the model's identity (the model file's name, size and CRC in the jar and the OpenNLP version).
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
  private static final String SUFFIX = ".tag";
  private static final String TMP = ".tmp";
  /** Default bound on the bytes under the root. */
  static final long DEFAULT_MAX_BYTES = 32L << 20;

  private final Path root;
  private final Path dir;
  private final long maxBytes;
  private final AtomicLong writtenSinceCheck = new AtomicLong();
  private volatile boolean checked;

  /** A store under {@code root} for tags from the model named by {@code modelId}, bounded to {@code maxBytes}. */
  TagStore(Path root, String modelId, long maxBytes) {
    this.root = root;
    this.dir = root.resolve("t" + FORMAT + "-" + hash128(modelId).substring(0, 16));
    this.maxBytes = maxBytes;
  }

  /** Returns the user cache folder: {@code $XDG_CACHE_HOME/parallax/tags} or {@code ~/.cache/parallax/tags}. */
  static Path defaultRoot() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base =
        xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("parallax").resolve("tags");
  }

  /** Returns the identity of the POS model as the jar holds it, and of the OpenNLP release that runs it. */
  static String modelId(String resource) {
    return resource + ":" + stamp(resource)
        + "|opennlp:" + stamp("/META-INF/maven/org.apache.opennlp/opennlp-tools/pom.properties");
  }

  /** Returns the size and CRC of a jar entry (the class path's own bytes, wherever the jar lies). */
  private static String stamp(String resource) {
    URL url = TagStore.class.getResource(resource);
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

  /** Returns the key of a word sequence. */
  static String key(List<String> words) {
    return String.join("\u0000", words);
  }

  /** Returns whether the model's folder holds at least one entry. */
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

  Path file(String key) {
    String h = hash128(key);
    return dir.resolve(h.substring(0, 2)).resolve(h.substring(2) + SUFFIX);
  }

  /** Returns the stored tags of {@code words}, or null when there is no sound entry. */
  String[] get(List<String> words) {
    String key = key(words);
    Path f = file(key);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(f);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
    String[] tags = decode(bytes, key, words.size());
    if (tags == null) {
      return null;
    }
    try {
      Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis()));
    } catch (IOException | RuntimeException e) {
      // evicted meanwhile, or read-only: the tags are still sound
    }
    return tags;
  }

  /** Stores {@code tags} of {@code words}; failures (full disk, read-only folder) are ignored. */
  void put(List<String> words, String[] tags) {
    if (tags.length != words.size()) {
      throw new IllegalArgumentException(tags.length + " tags for " + words.size() + " words");
    }
    String key = key(words);
    byte[] bytes = encode(key, tags);
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
   * Deletes the least recently read entries when the files under the root exceed the bound, and
   * temporary files older than an hour; returns the bytes left under the root (-1 if unknown).
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
        if (p.getFileName().toString().endsWith(TMP) && a.lastModifiedTime().toMillis() < staleBefore) {
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

  /** Entry layout: magic, key length, key, tags length, tags joined by spaces (UTF-8), CRC-32C of all before it. */
  static byte[] encode(String key, String[] tags) {
    byte[] text = key.getBytes(StandardCharsets.UTF_8);
    byte[] t = String.join(" ", tags).getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = ByteBuffer.allocate(12 + text.length + t.length + 8).order(ByteOrder.BIG_ENDIAN);
    b.putInt(MAGIC).putInt(text.length).put(text).putInt(t.length).put(t);
    CRC32C crc = new CRC32C();
    crc.update(b.array(), 0, b.position());
    b.putLong(crc.getValue());
    return b.array();
  }

  /** Returns the tags in {@code bytes} when they are a sound entry for {@code key} with {@code n} tags, else null. */
  static String[] decode(byte[] bytes, String key, int n) {
    byte[] text = key.getBytes(StandardCharsets.UTF_8);
    if (bytes.length < 12 + text.length + 8) {
      return null;
    }
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, bytes.length - 8);
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
    if (b.getLong(bytes.length - 8) != crc.getValue()
        || b.getInt() != MAGIC
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

  /** A 128-bit non-cryptographic hash in hex (as {@code align.VectorStore.hash128}); entries hold their key, so a collision only misses. */
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
}
