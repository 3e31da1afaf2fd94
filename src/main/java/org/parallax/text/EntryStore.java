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
import java.util.function.Function;
import java.util.jar.JarEntry;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * The file handling of a persistent cache shared by runs (the POS tags of {@link TagStore}, the
 * sentence vectors of {@code align.VectorStore}): one small file per key, under a folder named
 * after the model's identity, sharded by the first two hex digits of the key's hash. The caller
 * owns the key and the entry's payload (its encoding and its check that an entry is sound for a key).
 *
 * <p>Safety: an entry is written to a temporary file in its folder and renamed over the final name
 * (atomic), so a reader sees a whole old entry, a whole new one, or none. An entry the caller's
 * decoder refuses (short, long, damaged, for another key) is treated as missing and counted, never
 * used; {@link #seal} and {@link #sealed} give entries a CRC-32C of all their bytes.
 *
 * <p>Size: a read touches the entry's modification time; when the files under the root exceed the
 * bound, the least recently used are deleted until the total is at most 80% of it. A store checks
 * the total on its first write and again after every tenth of the bound it has written; temporary
 * files older than an hour (left by a run that died while writing) are deleted then too.
 */
public final class EntryStore {
  private static final String TMP = ".tmp";

  private final Path root;
  private final Path dir;
  private final String suffix;
  private final long maxBytes;
  private final AtomicLong writtenSinceCheck = new AtomicLong();
  private volatile boolean checked;
  private final AtomicLong damaged = new AtomicLong();

  /**
   * A store under {@code root} whose entries lie in the folder {@code prefix-H} (H: 16 hex digits
   * of the hash of {@code modelId}) and end in {@code suffix}; the files under the root are bounded
   * to {@code maxBytes} in all.
   */
  public EntryStore(Path root, String prefix, String modelId, String suffix, long maxBytes) {
    this.root = root;
    this.dir = root.resolve(prefix + "-" + hash128(modelId).substring(0, 16));
    this.suffix = suffix;
    this.maxBytes = maxBytes;
  }

  /** Returns the user cache folder {@code $XDG_CACHE_HOME/parallax/NAME}, or {@code ~/.cache/parallax/NAME}. */
  public static Path defaultRoot(String name) {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base =
        xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("parallax").resolve(name);
  }

  /**
   * Returns the size and CRC of the class-path resource {@code resource} (an absolute name, with
   * a leading '/') as its jar holds it, wherever the jar lies; "none" when there is no such resource.
   */
  public static String resourceStamp(String resource) {
    URL url = EntryStore.class.getResource(resource);
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

  /** Returns the model's folder. */
  public Path dir() {
    return dir;
  }

  /** Returns the bound on the bytes under the root. */
  public long maxBytes() {
    return maxBytes;
  }

  /** Returns whether the model's folder holds at least one entry. */
  public boolean hasEntries() {
    try (DirectoryStream<Path> shards = Files.newDirectoryStream(dir)) {
      for (Path shard : shards) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(shard, "*" + suffix)) {
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

  /** Returns how many entries were found damaged (unreadable, or refused by the decoder) by this store. */
  public long damaged() {
    return damaged.get();
  }

  /** Returns the file of the entry with key {@code key}. */
  public Path file(String key) {
    String h = hash128(key);
    return dir.resolve(h.substring(0, 2)).resolve(h.substring(2) + suffix);
  }

  /**
   * Returns {@code decode} of the bytes of the entry with key {@code key}, or null when there is no
   * entry or {@code decode} returns null (a damaged or foreign entry). A used entry is touched.
   */
  public <T> T get(String key, Function<byte[], T> decode) {
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
    T value = decode.apply(bytes);
    if (value == null) {
      damaged.incrementAndGet();
      return null;
    }
    try {
      Files.setLastModifiedTime(f, FileTime.fromMillis(System.currentTimeMillis()));
    } catch (IOException | RuntimeException e) {
      // evicted meanwhile, or read-only: the entry was still sound
    }
    return value;
  }

  /** Stores {@code bytes} as the entry with key {@code key}; failures (full disk, read-only folder) are ignored. */
  public void put(String key, byte[] bytes) {
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
        deleteQuietly(tmp); // else left for trim() to remove
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
   * temporary files older than an hour. Returns the bytes left under the root (-1 if unknown).
   */
  public synchronized long trim() {
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
      if (e.path().getFileName().toString().endsWith(suffix) && deleteQuietly(e.path())) {
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

  /** Appends to {@code b} (big-endian, backed by an array) the CRC-32C of its bytes before the position. */
  public static void seal(ByteBuffer b) {
    CRC32C crc = new CRC32C();
    crc.update(b.array(), 0, b.position());
    b.putLong(crc.getValue());
  }

  /** Returns whether the last 8 bytes of {@code bytes} (at least 8 long) are the CRC-32C of all before them, as {@link #seal} wrote. */
  public static boolean sealed(byte[] bytes) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, bytes.length - 8);
    return ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN).getLong(bytes.length - 8) == crc.getValue();
  }

  /**
   * Returns a 128-bit hash of {@code s} in hex: two 64-bit FNV-1a-style hashes with different
   * multipliers and a final mix. Not cryptographic (and quicker to start than MessageDigest): a
   * collision only makes two keys share a file, and since each entry holds its key, they would
   * only miss each other, never get the wrong payload. File names depend on it: do not change it.
   */
  public static String hash128(String s) {
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
