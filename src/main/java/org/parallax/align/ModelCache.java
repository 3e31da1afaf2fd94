package org.parallax.align;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Keeps unpacked copies of the embedding model files and ONNX Runtime's native libraries in a
 * directory named by the system property {@code parallax.cache} (the launcher sets it to
 * {@code target/cache}), so a run does not unpack 50 MB from the jar each time it starts.
 *
 * <p>Without the property, or when anything goes wrong, callers fall back to loading from the jar.
 * A cached file is used only when its size equals the size of the entry in the jar.
 */
final class ModelCache {
  /** System property naming the cache directory. */
  static final String PROPERTY = "parallax.cache";

  private ModelCache() {}

  /** Returns the cache directory, created if needed, or null when there is none. */
  static Path directory() {
    String dir = System.getProperty(PROPERTY);
    if (dir == null || dir.isBlank()) {
      return null;
    }
    try {
      return Files.createDirectories(Path.of(dir));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Returns the cached copy of classpath resource {@code name} in {@code dir}, unpacking it if needed; null on failure. */
  static Path unpack(Path dir, String name) {
    URL url = ModelCache.class.getResource("/" + name);
    if (url == null) {
      return null;
    }
    Path target = dir.resolve(name.substring(name.lastIndexOf('/') + 1));
    try {
      URLConnection connection = url.openConnection();
      long size = connection.getContentLengthLong();
      if (size >= 0 && Files.isRegularFile(target) && Files.size(target) == size) {
        return target;
      }
      Path tmp = Files.createTempFile(dir, target.getFileName().toString(), ".part");
      try (InputStream in = connection.getInputStream()) {
        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
      return target;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Points ONNX Runtime at unpacked copies of its native libraries in {@code dir}, unless the user
   * set {@code onnxruntime.native.path} already; must run before ONNX Runtime is first used.
   */
  static void useNativeLibraries(Path dir) {
    if (System.getProperty("onnxruntime.native.path") != null) {
      return;
    }
    String platform = platform();
    if (platform == null) {
      return;
    }
    Path libs = dir.resolve("onnxruntime-" + platform);
    try {
      Files.createDirectories(libs);
    } catch (IOException | RuntimeException e) {
      return;
    }
    for (String lib : new String[] {"onnxruntime", "onnxruntime4j_jni"}) {
      String file = System.mapLibraryName(lib);
      if (unpack(libs, "ai/onnxruntime/native/" + platform + "/" + file) == null) {
        return;
      }
    }
    System.setProperty("onnxruntime.native.path", libs.toString());
  }

  /**
   * Returns where the graph-optimized copy of model {@code name} is kept in {@code dir}: the name
   * carries the ONNX Runtime version and a fingerprint of the processor, because the optimized
   * graph may use operators and layouts chosen for this runtime and this CPU.
   */
  static Path optimizedModel(Path dir, String name, String runtimeVersion) {
    String stem = name.endsWith(".onnx") ? name.substring(0, name.length() - 5) : name;
    String key = (runtimeVersion + "|" + platform() + "|" + cpuFingerprint());
    String hash = Integer.toHexString(key.hashCode());
    return dir.resolve(stem + ".optimized-" + hash + ".onnx");
  }

  /** Returns the processor model and feature flags from /proc/cpuinfo, or the architecture when unreadable. */
  static String cpuFingerprint() {
    Path info = Path.of("/proc/cpuinfo");
    try {
      String model = "";
      String flags = "";
      for (String line : Files.readAllLines(info, java.nio.charset.StandardCharsets.UTF_8)) {
        if (model.isEmpty() && line.startsWith("model name")) {
          model = line.substring(line.indexOf(':') + 1).strip();
        } else if (flags.isEmpty() && (line.startsWith("flags") || line.startsWith("Features"))) {
          flags = line.substring(line.indexOf(':') + 1).strip();
        }
      }
      return model + "|" + flags;
    } catch (IOException | RuntimeException e) {
      return System.getProperty("os.arch", "");
    }
  }

  /** Returns a fresh temporary path next to {@code target}, or null when the directory is not writable. */
  static Path temporary(Path target) {
    try {
      Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
      Files.delete(tmp);
      return tmp;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Moves a finished temporary file into place atomically, or deletes it when that fails. */
  static void commit(Path tmp, Path target) {
    try {
      if (Files.isRegularFile(tmp) && Files.size(tmp) > 0) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException | RuntimeException e) {
      // The next run optimizes again.
    } finally {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException e) {
        // nothing more to do
      }
    }
  }

  /** Returns ONNX Runtime's name for this platform (e.g. linux-x64), or null for one it does not ship. */
  static String platform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String o =
        os.contains("linux") ? "linux" : os.contains("mac") || os.contains("darwin") ? "osx" : os.contains("win") ? "win" : null;
    String a = arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch.equals("aarch64") ? "aarch64" : null;
    return o == null || a == null ? null : o + "-" + a;
  }
}
