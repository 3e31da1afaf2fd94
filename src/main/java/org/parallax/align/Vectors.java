package org.parallax.align;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sentence vectors the aligner asks for: from the persistent {@link VectorStore} when one is in
 * use and holds them, else from the model ({@link Embedder}), whose vectors are then stored. The
 * model is loaded only when some text is missing, so a run whose sentences are all stored never
 * loads it. Without a store (the default; the CLI turns it on unless {@code --no-cache}) this is
 * {@link Embedder#embed} unchanged.
 */
final class Vectors {
  private static volatile VectorStore store;

  /** Vectors read from the store in this process, so a batch reads each file once. */
  private static final Map<String, float[]> read =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
          return size() > 8192;
        }
      };

  private Vectors() {}

  /** Uses a persistent store under {@code root} (null: none) bounded to {@code maxBytes}. */
  static synchronized void usePersistent(Path root, long maxBytes) {
    store = root == null ? null : new VectorStore(root, VectorStore.modelId(), Embedder.DIMENSION, maxBytes);
    synchronized (read) {
      read.clear();
    }
  }

  /** Returns the store in use, or null. */
  static VectorStore store() {
    return store;
  }

  /** Returns one normalized vector per text, in order, exactly as {@link Embedder#embed} would. */
  static float[][] embed(List<String> texts) {
    VectorStore s = store;
    if (s == null) {
      return Embedder.shared().embed(texts);
    }
    float[][] out = new float[texts.size()][];
    // key -> positions still without a vector, and one text per key to give the model
    Map<String, List<Integer>> missing = new LinkedHashMap<>();
    Map<String, String> textOf = new LinkedHashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      String t = texts.get(i);
      String key = t == null ? "" : VectorStore.key(t);
      if (key.isEmpty()) {
        // no token at all: the model's answer is the zero vector
        out[i] = new float[Embedder.DIMENSION];
        continue;
      }
      float[] v;
      synchronized (read) {
        v = read.get(key);
      }
      if (v == null && !missing.containsKey(key)) {
        v = s.get(key);
        if (v != null) {
          synchronized (read) {
            read.put(key, v);
          }
        }
      }
      if (v != null) {
        out[i] = v;
      } else {
        missing.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        textOf.putIfAbsent(key, t);
      }
    }
    if (missing.isEmpty()) {
      return out;
    }
    List<String> keys = new ArrayList<>(missing.keySet());
    List<String> toEmbed = new ArrayList<>(keys.size());
    for (String k : keys) {
      toEmbed.add(textOf.get(k));
    }
    float[][] fresh = Embedder.shared().embed(toEmbed);
    for (int k = 0; k < keys.size(); k++) {
      s.put(keys.get(k), fresh[k]);
      synchronized (read) {
        read.put(keys.get(k), fresh[k]);
      }
      for (int i : missing.get(keys.get(k))) {
        out[i] = fresh[k];
      }
    }
    return out;
  }
}
