package org.parallax.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs a command as a child process and records its wall time and peak resident memory. */
final class Child {
  /** What one run gave: wall seconds, peak RSS in KB (0 when unknown), exit code and output. */
  record Result(List<String> command, double seconds, long peakKb, int exit, String stdout, String stderr) {
    void check() {
      if (exit != 0) {
        throw new IllegalStateException("exit " + exit + " from " + command + ":\n" + stderr);
      }
    }
  }

  private Child() {}

  /** Runs {@code command} in the current directory, polling /proc for its peak memory while it runs. */
  static Result run(List<String> command) throws IOException, InterruptedException {
    Path out = Files.createTempFile("bench", ".out");
    Path err = Files.createTempFile("bench", ".err");
    try {
      long t0 = System.nanoTime();
      Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      long peak = 0;
      Path status = Path.of("/proc/" + p.pid() + "/status");
      while (p.isAlive()) {
        peak = Math.max(peak, vmHwm(status));
        Thread.sleep(5);
      }
      int exit = p.waitFor();
      double seconds = (System.nanoTime() - t0) / 1e9;
      return new Result(command, seconds, peak, exit,
          Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** Returns VmHWM (peak resident set) in KB from a /proc status file, or 0 when unreadable. */
  static long vmHwm(Path status) {
    try {
      for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      return 0;
    }
    return 0;
  }
}
