package org.parallax.align;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.nio.file.Path;

/**
 * Turns ONNX Runtime's telemetry off before its environment exists, also under a plain {@code java
 * -jar} that the launcher did not start.
 *
 * <p>ONNX Runtime records usage events (a device id, the operating system, the processor) in
 * {@code ~/.cache/Microsoft/DeveloperTools/.onnxruntime} when its environment starts, and uploads
 * them. Its Java API can turn telemetry off only once the environment exists, after that first
 * event; the native library reads the environment variable {@code ORT_DISABLE_TELEMETRY} before. The
 * launcher sets the variable; for any other start, this class sets it in the process's own
 * environment through the C library's {@code setenv} (Java's {@code System.getenv} is a read-only
 * copy), before the first ONNX Runtime class loads.
 */
final class OrtTelemetry {
  private static final String VARIABLE = "ORT_DISABLE_TELEMETRY";
  private static boolean done;

  /** The one C library call needed. */
  private interface C extends Library {
    int setenv(String name, String value, int overwrite);

    String getenv(String name);
  }

  private OrtTelemetry() {}

  /**
   * Sets {@code ORT_DISABLE_TELEMETRY=1} in the process environment unless it is already 1.
   * Returns whether the variable now holds 1; false when the C library could not be reached (a
   * platform JNA does not cover), in which case ONNX Runtime's start-up event may still be recorded.
   *
   * @param scratch a folder JNA may unpack its native stub into (the model cache), or null for the
   *     system's temporary folder; {@code -Djna.tmpdir} overrides both
   */
  static synchronized boolean disable(Path scratch) {
    if (done || "1".equals(System.getenv(VARIABLE))) {
      done = true;
      return true;
    }
    if (Platform.isWindows()) {
      return false; // no setenv there; ONNX Runtime's Windows telemetry goes through ETW
    }
    try {
      if (System.getProperty("jna.tmpdir") == null) {
        // JNA unpacks its stub there and deletes it once loaded; by default it would make ~/.cache/JNA.
        System.setProperty("jna.tmpdir", scratch != null ? scratch.toString() : System.getProperty("java.io.tmpdir"));
      }
      C c = Native.load(Platform.C_LIBRARY_NAME, C.class);
      // Overwrite: a value of 0 (or anything but 1) would leave telemetry on.
      if (c.setenv(VARIABLE, "1", 1) == 0 && "1".equals(c.getenv(VARIABLE))) {
        done = true;
      }
    } catch (LinkageError | RuntimeException e) {
      // No C library through JNA here: the Java API still turns telemetry off after start-up.
      done = false;
    }
    return done;
  }
}
