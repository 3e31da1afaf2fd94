package org.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Test helpers shared by the tests of the caches built on {@link EntryStore} ({@code TagStoreTest},
 * {@code align.VectorStoreTest}): damaging an entry file in the ways a crash or a bad disk would, and
 * running workers at once. The assertions stay in the tests; these only set the scene.
 */
public final class EntryDamage {
  private EntryDamage() {}

  /** A worker of {@link #concurrently}; gets its number. */
  public interface Worker {
    void run(int worker) throws Exception;
  }

  /**
   * Writes {@code whole} cut to 0, 3, 12, half and all but one of its bytes over {@code f}, and
   * after each calls {@code check} with a label naming the cut.
   */
  public static void cuts(Path f, byte[] whole, Consumer<String> check) throws IOException {
    for (int cut : new int[] {0, 3, 12, whole.length / 2, whole.length - 1}) {
      Files.write(f, Arrays.copyOf(whole, cut));
      check.accept("entry cut to " + cut + " bytes");
    }
  }

  /**
   * Writes {@code whole} with one bit flipped in every {@code step}-th byte (one copy per byte) over
   * {@code f}, and after each calls {@code check} with a label naming the byte.
   */
  public static void flips(Path f, byte[] whole, int step, Consumer<String> check) throws IOException {
    for (int i = 0; i < whole.length; i += step) {
      byte[] bad = whole.clone();
      bad[i] ^= (byte) (1 << (i % 8));
      Files.write(f, bad);
      check.accept("bit flipped in byte " + i);
    }
  }

  /** Runs {@code workers} workers on their own threads at once; rethrows the first failure. */
  public static void concurrently(int workers, Worker worker) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      List<Future<?>> jobs = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        int n = w;
        jobs.add(pool.submit(() -> {
          worker.run(n);
          return null;
        }));
      }
      for (Future<?> f : jobs) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Asserts that no temporary file is left under {@code root}. */
  public static void assertNoTemporaryFile(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      assertEquals(0, files.filter(p -> p.toString().endsWith(".tmp")).count(), "no temporary file left");
    }
  }
}
