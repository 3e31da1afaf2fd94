package org.parallax.align;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.parallax.text.Tasks;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantized ONNX, shipped inside the langchain4j jar),
 * run with ONNX Runtime directly.
 *
 * <p>The model is loaded at most once per process, on first use, and shared by all aligners.
 * Vectors are L2-normalized, so the cosine of two vectors is their dot product. Blank texts, and
 * texts with no token at all, get the zero vector, whose cosine with anything is 0.
 *
 * <p>Each text is one model run of its own (batch size 1), exactly as langchain4j's
 * OnnxBertBiEncoder runs it: the quantized model scales its activations per run, so batching
 * texts together would change the vectors slightly. The tokenizer keeps the first 128 tokens of a
 * text; the cutting into parts of 510 tokens that langchain4j does after it is kept for fidelity
 * but never happens with this model's tokenizer. {@code EmbedderTest} checks that the vectors equal langchain4j's.
 *
 * <p>Speed: the tokenizer is {@link WordPiece} (pure Java, no native library to load); the ONNX
 * session runs one intra-op thread and texts are spread over {@link #threads()} threads of our
 * own, one run each, so the cores are busy without the operator threads of several runs competing
 * for them. With a cache directory ({@link ModelCache}) the graph-optimized model is saved there
 * once and later sessions load it without optimizing again.
 */
final class Embedder {
  /** Dimension of the all-MiniLM-L6-v2 vectors. */
  static final int DIMENSION = 384;

  /** System property that, when set, prints the phases of loading the model to standard error. */
  static final String TRACE = "parallax.trace";

  /** System property overriding the number of embedding threads (default: available processors). */
  static final String THREADS = "parallax.embed.threads";

  /** Tokens per model run, as in langchain4j: 512 less {@code [CLS]} and {@code [SEP]}. */
  static final int MAX_TOKENS = 510;

  /**
   * Stack size of the threads that touch ONNX Runtime. Its native start-up overflows the JVM's
   * default 1 MB thread stack (a segmentation fault, not an exception), so every call into the
   * model runs on threads of our own with a larger stack.
   */
  private static final long NATIVE_STACK = 16L << 20;

  private static final int CACHE_SIZE = 8192;
  /** Classpath names of the model files inside the langchain4j jar. */
  static final String MODEL_FILE = "all-minilm-l6-v2-q.onnx";
  static final String TOKENIZER_FILE = "all-minilm-l6-v2-q-tokenizer.json";
  private static volatile long loadNanos;

  private final OrtEnvironment env;
  private final OrtSession session;
  private final boolean typeIds;
  private final WordPiece tokenizer;
  /** Runs the model, one text per task, on threads with a large stack. */
  private final ExecutorService pool;
  private final int threads;
  /** How many times the model has run, for tests and traces. */
  private final java.util.concurrent.atomic.AtomicLong runs = new java.util.concurrent.atomic.AtomicLong();

  private Embedder(OrtEnvironment env, OrtSession session, WordPiece tokenizer, ExecutorService pool, int threads)
      throws OrtException {
    this.env = env;
    this.session = session;
    this.typeIds = session.getInputNames().contains("token_type_ids");
    this.tokenizer = tokenizer;
    this.pool = pool;
    this.threads = threads;
  }

  /** Returns the process-wide embedder, loading the model on first call. */
  static Embedder shared() {
    Loaded l = Holder.INSTANCE;
    if (l.error() instanceof OutOfMemoryError oom) {
      OutOfMemoryError again = new OutOfMemoryError(oom.getMessage());
      again.initCause(oom);
      throw again;
    }
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

  /** Returns how many times this embedder has run the model. */
  long runs() {
    return runs.get();
  }

  /** Returns how many threads run the model at once. */
  int threads() {
    return threads;
  }

  /** Vectors of recently embedded texts, so a text seen again (same article in many pairs) is free. */
  private final Map<String, float[]> cache =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
          return size() > CACHE_SIZE;
        }
      };

  /**
   * Texts being embedded right now by some caller, so that a second caller asking for the same
   * text (batch workers comparing pairs that share an article) waits for it instead of running the
   * model on it again. Guarded by {@link #cache}.
   */
  private final Map<String, CompletableFuture<float[]>> inFlight = new HashMap<>();

  /** Returns one normalized vector per text, in order; each distinct text is embedded once. */
  float[][] embed(List<String> texts) {
    float[][] out = new float[texts.size()][];
    List<String> mine = new ArrayList<>();
    Map<String, CompletableFuture<float[]>> promised = new LinkedHashMap<>();
    Map<Integer, CompletableFuture<float[]>> waiting = new LinkedHashMap<>();
    synchronized (cache) {
      for (int i = 0; i < texts.size(); i++) {
        String t = texts.get(i);
        out[i] = t == null || t.isBlank() ? new float[DIMENSION] : cache.get(t);
        if (out[i] != null) {
          continue;
        }
        CompletableFuture<float[]> f = inFlight.get(t);
        if (f == null) {
          f = new CompletableFuture<>();
          inFlight.put(t, f);
          promised.put(t, f);
          mine.add(t);
        }
        waiting.put(i, f);
      }
    }
    if (!mine.isEmpty()) {
      float[][] fresh;
      try {
        fresh = embedUncached(mine);
      } catch (RuntimeException | Error e) {
        synchronized (cache) {
          promised.keySet().forEach(inFlight::remove);
        }
        promised.values().forEach(f -> f.completeExceptionally(e));
        throw e;
      }
      synchronized (cache) {
        for (int k = 0; k < mine.size(); k++) {
          cache.put(mine.get(k), fresh[k]);
          inFlight.remove(mine.get(k));
        }
      }
      for (int k = 0; k < mine.size(); k++) {
        promised.get(mine.get(k)).complete(fresh[k]);
      }
    }
    for (Map.Entry<Integer, CompletableFuture<float[]>> w : waiting.entrySet()) {
      out[w.getKey()] = await(w.getValue());
    }
    return out;
  }

  private float[][] embedUncached(List<String> texts) {
    Map<String, Integer> slot = new HashMap<>();
    List<String> unique = new ArrayList<>();
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
        unique.add(t);
      }
      where[i] = s;
    }
    float[][] vectors = new float[unique.size()][];
    // Each task takes the next text not yet taken, so long and short texts even out.
    AtomicInteger next = new AtomicInteger();
    Callable<Void> task =
        () -> {
          for (int k; (k = next.getAndIncrement()) < vectors.length; ) {
            vectors[k] = vector(unique.get(k));
          }
          return null;
        };
    List<Future<Void>> running = new ArrayList<>();
    for (int t = 0; t < Math.min(threads, vectors.length); t++) {
      running.add(pool.submit(task));
    }
    long t0 = System.nanoTime();
    for (Future<Void> f : running) {
      await(f);
    }
    if (System.getProperty(TRACE) != null) {
      trace(String.format(Locale.ROOT, "embedded %d texts in %.0f ms", vectors.length, (System.nanoTime() - t0) / 1e6));
    }
    float[][] out = new float[texts.size()][];
    for (int i = 0; i < texts.size(); i++) {
      out[i] = where[i] < 0 ? new float[DIMENSION] : normalized(vectors[where[i]]);
    }
    return out;
  }

  /** Returns the L2-normalized mean-pooled vector of one text, the zero vector when it has no token. */
  float[] vector(String text) {
    List<String> tokens = tokenizer.tokenize(text);
    List<List<String>> parts = partition(tokens, MAX_TOKENS);
    if (parts.isEmpty()) {
      return new float[DIMENSION];
    }
    if (parts.size() == 1) {
      return normalizeFloat(run(ids(parts.get(0))));
    }
    // Weighted mean of the parts' vectors, in float, as langchain4j computes it.
    float[] sum = new float[DIMENSION];
    int total = 0;
    for (List<String> part : parts) {
      float[] v = run(ids(part));
      int w = part.size();
      total += w;
      for (int j = 0; j < DIMENSION; j++) {
        sum[j] += v[j] * w;
      }
    }
    for (int j = 0; j < DIMENSION; j++) {
      sum[j] /= total;
    }
    return normalizeFloat(sum);
  }

  /**
   * Cuts tokens (with {@code [CLS]} first and {@code [SEP]} last) into parts of at most {@code
   * size} tokens without them, never before a {@code ##} piece.
   */
  static List<List<String>> partition(List<String> tokens, int size) {
    List<List<String>> parts = new ArrayList<>();
    int from = 1;
    while (from < tokens.size() - 1) {
      int to = from + size;
      if (to >= tokens.size() - 1) {
        to = tokens.size() - 1;
      } else {
        while (to > from + 1 && tokens.get(to).startsWith("##")) {
          to--;
        }
      }
      parts.add(tokens.subList(from, to));
      from = to;
    }
    return parts;
  }

  /**
   * Returns the model input ids of one part: as langchain4j does, the part is turned back into
   * text and tokenized again; when that gives other tokens, the tokens are glued together instead.
   */
  long[] ids(List<String> part) {
    String text = WordPiece.decode(part);
    List<String> again = tokenizer.tokenize(text);
    List<String> tokens =
        again.subList(1, again.size() - 1).equals(part)
            ? again
            : tokenizer.tokenize(String.join("", part));
    long[] ids = new long[tokens.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = tokenizer.id(tokens.get(i));
    }
    return ids;
  }

  /** Runs the model on one sequence of ids and returns the mean of its token vectors. */
  private float[] run(long[] ids) {
    runs.incrementAndGet();
    long[] shape = {1, ids.length};
    long[] mask = new long[ids.length];
    java.util.Arrays.fill(mask, 1);
    long[] types = new long[ids.length];
    try {
      return NativeGate.call(() -> runNative(ids, shape, mask, types));
    } catch (OrtException e) {
      throw new IllegalStateException("the embedding model failed: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("the embedding model failed: " + e, e);
    }
  }

  private float[] runNative(long[] ids, long[] shape, long[] mask, long[] types) throws OrtException {
    try (OnnxTensor idsT = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
        OnnxTensor maskT = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
        OnnxTensor typesT = OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape)) {
      Map<String, OnnxTensor> inputs = new HashMap<>();
      inputs.put("input_ids", idsT);
      inputs.put("attention_mask", maskT);
      if (typeIds) {
        inputs.put("token_type_ids", typesT);
      }
      try (OrtSession.Result result = session.run(inputs)) {
        FloatBuffer out = ((OnnxTensor) result.get(0)).getFloatBuffer();
        int n = ids.length;
        int dim = out.remaining() / n;
        float[] mean = new float[dim];
        for (int t = 0; t < n; t++) {
          for (int j = 0; j < dim; j++) {
            mean[j] += out.get(t * dim + j);
          }
        }
        for (int j = 0; j < dim; j++) {
          mean[j] /= n;
        }
        return mean;
      }
    }
  }

  private static float[] normalizeFloat(float[] v) {
    float sum = 0;
    for (float x : v) {
      sum += x * x;
    }
    float norm = (float) Math.sqrt(sum);
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] / norm;
    }
    return out;
  }

  private static <T> T await(Future<T> f) {
    return Tasks.await(f, "embedding");
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

  /**
   * Returns {@link #cosine} up to rounding: the same products summed in eight running sums, several
   * times as fast; the two differ by less than 1e-13 for unit vectors of this model's size.
   */
  static double cosineEstimate(float[] a, float[] b) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    double s4 = 0;
    double s5 = 0;
    double s6 = 0;
    double s7 = 0;
    int i = 0;
    for (; i + 7 < a.length; i += 8) {
      s0 += a[i] * b[i];
      s1 += a[i + 1] * b[i + 1];
      s2 += a[i + 2] * b[i + 2];
      s3 += a[i + 3] * b[i + 3];
      s4 += a[i + 4] * b[i + 4];
      s5 += a[i + 5] * b[i + 5];
      s6 += a[i + 6] * b[i + 6];
      s7 += a[i + 7] * b[i + 7];
    }
    for (; i < a.length; i++) {
      s0 += a[i] * b[i];
    }
    return Math.max(-1, Math.min(1, ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7))));
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

  /** Prints a phase of the cold start with the milliseconds since the JVM started, when tracing. */
  static void trace(String phase) {
    if (System.getProperty(TRACE) != null) {
      long ms = ManagementFactory.getRuntimeMXBean().getUptime();
      long cpu = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
          ? os.getProcessCpuTime() / 1_000_000 : -1;
      System.err.printf(
          Locale.ROOT, "parallax-trace %6d ms (cpu %5d ms) %-24s %s%n", ms, cpu, Thread.currentThread().getName(), phase);
    }
  }

  /** Returns the number of embedding threads: {@link #THREADS} when set, else the available processors. */
  static int threadCount() {
    String s = System.getProperty(THREADS);
    if (s != null) {
      try {
        return Math.max(1, Integer.parseInt(s.strip()));
      } catch (NumberFormatException e) {
        // fall through to the default
      }
    }
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  /** Loads the model; runs once, from {@link Holder}. */
  private static Embedder load() {
    long t0 = System.nanoTime();
    Embedder e = open(ModelCache.directory(), threadCount());
    loadNanos = System.nanoTime() - t0;
    trace("model ready");
    return e;
  }

  /**
   * Opens a new embedder with its own session and {@code threads} threads, from the model files in
   * {@code cache} (unpacked there if needed) or, when {@code cache} is null, from the jar.
   */
  static Embedder open(Path cache, int threads) {
    ExecutorService pool = daemonPool("parallax-embed", threads);
    try {
      // The tokenizer's vocabulary is read while ONNX Runtime loads, on another thread.
      // (The lambdas live in Embedder, not in Holder: a lambda of a class under initialization
      // would wait on that initialization from the other thread and deadlock.)
      Future<WordPiece> tokenizer = pool.submit(() -> readTokenizer(cache));
      Future<Object[]> model = pool.submit(() -> newSession(cache));
      Object[] m = await(model);
      return new Embedder((OrtEnvironment) m[0], (OrtSession) m[1], await(tokenizer), pool, threads);
    } catch (Exception | LinkageError e) {
      pool.shutdownNow();
      throw new IllegalStateException(
          "cannot load the sentence embedding model (all-MiniLM-L6-v2); "
              + "run without semantic similarity (--no-semantic): " + e.getMessage(),
          e);
    }
  }

  private static WordPiece readTokenizer(Path cache) throws Exception {
    trace("tokenizer: start");
    Path file = cache == null ? null : NativeGate.call(() -> ModelCache.unpack(cache, TOKENIZER_FILE));
    try (InputStream in =
        file != null ? Files.newInputStream(file) : Embedder.class.getResourceAsStream("/" + TOKENIZER_FILE)) {
      if (in == null) {
        throw new IOException(TOKENIZER_FILE + " is not on the class path");
      }
      WordPiece w = WordPiece.read(in);
      trace("tokenizer: read");
      return w;
    }
  }

  /**
   * Creates the ONNX session: from the graph-optimized copy in the cache directory when there is
   * one, else from the model file (optimizing it, and saving the result in the cache for next
   * time), else from the jar.
   */
  private static Object[] newSession(Path cache) throws Exception {
    trace("session: start");
    NativeGate.call(() -> OrtTelemetry.disable(cache));
    if (cache != null) {
      NativeGate.call(() -> {
        ModelCache.useNativeLibraries(cache);
        return null;
      });
    }
    OrtEnvironment env = NativeGate.call(Embedder::environment);
    trace("session: native library loaded");
    return NativeGate.call(() -> newSession(env, cache));
  }

  /**
   * Returns ONNX Runtime's environment with its telemetry off. ONNX Runtime records usage events
   * (device id, OS, processor) in ~/.cache/Microsoft/DeveloperTools/.onnxruntime and uploads them;
   * the environment variable ORT_DISABLE_TELEMETRY=1 stops that before the environment exists (the
   * launcher sets it, and {@link OrtTelemetry} sets it in the process for any other start); turning it
   * off here also covers a platform where the variable could not be set, after the start-up event.
   */
  private static OrtEnvironment environment() throws OrtException {
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    env.setTelemetry(false);
    return env;
  }

  private static Object[] newSession(OrtEnvironment env, Path cache) throws OrtException, IOException {
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      // Saving the optimized model warns that it may be specific to this CPU: hence the cache key.
      options.setSessionLogLevel(ai.onnxruntime.OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
      OrtSession session;
      Path onnx = cache == null ? null : ModelCache.unpack(cache, MODEL_FILE);
      Path optimized = onnx == null ? null : ModelCache.optimizedModel(cache, MODEL_FILE, env.getVersion());
      if (optimized != null && Files.isRegularFile(optimized) && Files.size(optimized) > 0) {
        // Already optimized: optimizing again would only cost time.
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.NO_OPT);
        session = env.createSession(optimized.toString(), options);
        trace("session: created from the optimized model");
      } else if (onnx != null) {
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        Path tmp = optimized == null ? null : ModelCache.temporary(optimized);
        if (tmp != null) {
          options.setOptimizedModelFilePath(tmp.toString());
        }
        session = env.createSession(onnx.toString(), options);
        if (tmp != null) {
          ModelCache.commit(tmp, optimized);
        }
        trace("session: created and optimized");
      } else {
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        session = env.createSession(readResource("/" + MODEL_FILE), options);
        trace("session: created from the jar");
      }
      return new Object[] {env, session};
    }
  }

  private static byte[] readResource(String name) throws IOException {
    try (InputStream in = Embedder.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException(name.substring(1) + " is not on the class path");
      }
      return in.readAllBytes();
    }
  }

  /** Starts loading the model on a daemon thread, so a later {@link #shared()} finds it ready. */
  static void preload() {
    if (!NativeGate.open()) {
      return;
    }
    Thread t = new Thread(null, Embedder::tryLoad, "parallax-embed-preload", NATIVE_STACK);
    t.setDaemon(true);
    t.start();
  }

  private static void tryLoad() {
    try {
      shared();
    } catch (RuntimeException | OutOfMemoryError e) {
      // shared() reports the same failure again to whoever needs the model.
    }
  }

  /** The loaded embedder or the reason it could not be loaded. */
  private record Loaded(Embedder embedder, Throwable error) {}

  private static Loaded attempt() {
    try {
      return new Loaded(load(), null);
    } catch (RuntimeException | OutOfMemoryError e) {
      // An error escaping a class initializer would leave Holder unusable ("Could not initialize
      // class") and print a stack trace from the preload thread: keep it for shared() to report.
      return new Loaded(null, e);
    }
  }

  /** Loads the model when first touched (initialization-on-demand holder). */
  private static final class Holder {
    static final Loaded INSTANCE = attempt();
  }
}
