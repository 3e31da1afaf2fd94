package org.parallax.align;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantized ONNX, shipped inside the langchain4j jar).
 *
 * <p>The model is loaded at most once per process, on first use, and shared by all aligners.
 * Vectors are L2-normalized, so the cosine of two vectors is their dot product. Blank texts get
 * the zero vector, whose cosine with anything is 0.
 */
final class Embedder {
  /** Dimension of the all-MiniLM-L6-v2 vectors. */
  static final int DIMENSION = 384;

  /**
   * Stack size of the threads that touch ONNX Runtime. Its native start-up overflows the JVM's
   * default 1 MB thread stack (a segmentation fault, not an exception), so every call into the
   * model runs on threads of our own with a larger stack.
   */
  private static final long NATIVE_STACK = 16L << 20;

  private static final int CACHE_SIZE = 8192;
  /** Classpath names of the model files inside the langchain4j jar. */
  private static final String MODEL_FILE = "all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER_FILE = "all-minilm-l6-v2-q-tokenizer.json";
  private static volatile long loadNanos;

  private final EmbeddingModel model;
  /** Runs calls into the model one at a time, on a thread with a large stack. */
  private final ExecutorService caller;

  private Embedder(EmbeddingModel model, ExecutorService caller) {
    this.model = model;
    this.caller = caller;
  }

  /** Returns the process-wide embedder, loading the model on first call. */
  static Embedder shared() {
    Loaded l = Holder.INSTANCE;
    if (l.error() != null) {
      throw new IllegalStateException(l.error().getMessage(), l.error());
    }
    return l.embedder();
  }

  /** Returns how long loading the model took, in milliseconds (loads it if needed). */
  static long loadMillis() {
    shared();
    return loadNanos / 1_000_000;
  }

  /** Vectors of recently embedded texts, so a text seen again (same article in many pairs) is free. */
  private final Map<String, float[]> cache =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
          return size() > CACHE_SIZE;
        }
      };

  /** Returns one normalized vector per text, in order; each distinct text is embedded once. */
  float[][] embed(List<String> texts) {
    float[][] out = new float[texts.size()][];
    List<String> missing = new ArrayList<>();
    synchronized (cache) {
      for (int i = 0; i < texts.size(); i++) {
        String t = texts.get(i);
        out[i] = t == null || t.isBlank() ? new float[DIMENSION] : cache.get(t);
        if (out[i] == null) {
          missing.add(t);
        }
      }
    }
    if (missing.isEmpty()) {
      return out;
    }
    float[][] fresh = embedUncached(missing);
    synchronized (cache) {
      for (int i = 0, k = 0; i < texts.size(); i++) {
        if (out[i] == null) {
          out[i] = fresh[k++];
          cache.put(texts.get(i), out[i]);
        }
      }
    }
    return out;
  }

  private float[][] embedUncached(List<String> texts) {
    Map<String, Integer> slot = new HashMap<>();
    List<TextSegment> unique = new ArrayList<>();
    int[] where = new int[texts.size()];
    for (int i = 0; i < texts.size(); i++) {
      String t = texts.get(i);
      if (t == null || t.isBlank()) {
        where[i] = -1;
        continue;
      }
      Integer s = slot.get(t);
      if (s == null) {
        s = unique.size();
        slot.put(t, s);
        unique.add(TextSegment.from(t));
      }
      where[i] = s;
    }
    List<Embedding> vectors = unique.isEmpty() ? List.of() : call(() -> model.embedAll(unique).content());
    float[][] out = new float[texts.size()][];
    for (int i = 0; i < texts.size(); i++) {
      out[i] = where[i] < 0 ? new float[DIMENSION] : normalized(vectors.get(where[i]).vector());
    }
    return out;
  }

  private <T> T call(Callable<T> task) {
    return await(caller.submit(task));
  }

  private static <T> T await(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while embedding", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static ExecutorService daemonPool(String name, int threads) {
    AtomicInteger n = new AtomicInteger();
    return Executors.newFixedThreadPool(
        threads,
        r -> {
          Thread t = new Thread(null, r, name + "-" + n.incrementAndGet(), NATIVE_STACK);
          t.setDaemon(true);
          return t;
        });
  }

  /** Returns the dot product of two vectors (their cosine when both are normalized). */
  static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return Math.max(-1, Math.min(1, dot));
  }

  /** Returns the normalized weighted sum of vectors: the embedding of a joined passage. */
  static float[] combine(float[] first, double w1, float[] second, double w2) {
    float[] out = new float[first.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) (w1 * first[i] + w2 * second[i]);
    }
    return normalized(out);
  }

  private static float[] normalized(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    float[] out = v.clone();
    if (norm == 0) {
      return out;
    }
    double inv = 1 / Math.sqrt(norm);
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) (out[i] * inv);
    }
    return out;
  }

  /** Loads the model; runs once, from {@link Holder}. */
  private static Embedder load() {
    long t0 = System.nanoTime();
    ExecutorService caller = daemonPool("parallax-embed-call", 1);
    ExecutorService workers =
        daemonPool("parallax-embed", Math.max(1, Runtime.getRuntime().availableProcessors()));
    try {
      // The lambda lives in Embedder, not in Holder: a lambda of a class under initialization
      // would wait on that initialization from the other thread and deadlock.
      EmbeddingModel model = await(caller.submit(() -> newModel(workers)));
      Embedder e = new Embedder(model, caller);
      loadNanos = System.nanoTime() - t0;
      return e;
    } catch (RuntimeException | LinkageError e) {
      caller.shutdownNow();
      workers.shutdownNow();
      throw new IllegalStateException(
          "cannot load the sentence embedding model (all-MiniLM-L6-v2); "
              + "run without semantic similarity (--no-semantic): " + e.getMessage(),
          e);
    }
  }

  /**
   * Builds the model, from unpacked copies of the model files in the cache directory when there is
   * one (same files, same pooling, so the same vectors; it saves unpacking 50 MB on every start).
   */
  private static EmbeddingModel newModel(ExecutorService workers) {
    Path cache = ModelCache.directory();
    if (cache != null) {
      ModelCache.useNativeLibraries(cache);
      Path onnx = ModelCache.unpack(cache, MODEL_FILE);
      Path tokenizer = ModelCache.unpack(cache, TOKENIZER_FILE);
      if (onnx != null && tokenizer != null) {
        return new OnnxEmbeddingModel(onnx, tokenizer, PoolingMode.MEAN, workers);
      }
    }
    return new AllMiniLmL6V2QuantizedEmbeddingModel(workers);
  }

  /** Starts loading the model on a daemon thread, so a later {@link #shared()} finds it ready. */
  static void preload() {
    Thread t = new Thread(null, Embedder::tryLoad, "parallax-embed-preload", NATIVE_STACK);
    t.setDaemon(true);
    t.start();
  }

  private static void tryLoad() {
    try {
      shared();
    } catch (RuntimeException e) {
      // shared() reports the same failure again to whoever needs the model.
    }
  }

  /** The loaded embedder or the reason it could not be loaded. */
  private record Loaded(Embedder embedder, RuntimeException error) {}

  private static Loaded attempt() {
    try {
      return new Loaded(load(), null);
    } catch (RuntimeException e) {
      return new Loaded(null, e);
    }
  }

  /** Loads the model when first touched (initialization-on-demand holder). */
  private static final class Holder {
    static final Loaded INSTANCE = attempt();
  }
}
