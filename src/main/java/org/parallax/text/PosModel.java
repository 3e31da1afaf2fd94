package org.parallax.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * Holds the OpenNLP English part-of-speech model (UD EWT) that the facts and framing stages share.
 *
 * <p>The model is read at most once per process, on first use or earlier through {@link #preload()},
 * which reads it on a background thread while the caller goes on with other work. {@link #tag}
 * tags words with it and remembers recent results: framing tags some sentences two or three times
 * (loaded terms, attribution verbs, hedges), and batch workers meet the same article twice.
 */
public final class PosModel {
  /** Classpath location of the model inside opennlp-models-pos-en 1.3.0. */
  public static final String RESOURCE = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  private static volatile long loadNanos;

  private PosModel() {}

  /** Returns the shared model, reading it on first call; throws IllegalStateException when it cannot be read. */
  public static POSModel get() {
    Loaded l = Holder.LOADED;
    if (l.model == null) {
      throw new IllegalStateException(l.error);
    }
    return l.model;
  }

  /**
   * Returns whether the model could be read (reads it if needed). With the tag cache on and holding
   * tags of this model, the model is not read here but on the first words the cache does not hold,
   * and this says whether it is on the class path.
   */
  public static boolean available() {
    if (lazy()) {
      return ON_CLASS_PATH;
    }
    return Holder.LOADED.model != null;
  }

  /** Throws IllegalStateException when the model cannot be read; reads it unless the tag cache makes that wait for a miss. */
  public static void check() {
    if (lazy()) {
      if (!available()) {
        throw new IllegalStateException("POS model " + RESOURCE + " is not on the classpath");
      }
      return;
    }
    get();
  }

  private static final boolean ON_CLASS_PATH = PosModel.class.getResource(RESOURCE) != null;

  /** The persistent tag cache, or null when it is off (the default; compare and batch turn it on). */
  private static volatile TagStore store;
  /** Whether the store held tags of this model when it was turned on. */
  private static volatile boolean storeHadEntries;

  /**
   * Turns the persistent tag cache on (in {@code $XDG_CACHE_HOME/parallax/tags}, or {@code
   * ~/.cache/parallax/tags}; the system property {@code parallax.tags} names another folder) or off.
   * Tags are the model's whatever the cache holds: an entry is used only when sound and for the
   * same words and model (see {@link TagStore}).
   */
  public static void useTagCache(boolean on) {
    if (!on) {
      store = null;
      storeHadEntries = false;
      return;
    }
    String dir = System.getProperty("parallax.tags");
    TagStore s =
        new TagStore(
            dir == null || dir.isBlank() ? TagStore.defaultRoot() : java.nio.file.Path.of(dir),
            TagStore.modelId(RESOURCE),
            TagStore.DEFAULT_MAX_BYTES);
    storeHadEntries = s.hasEntries();
    store = s;
  }

  /** Returns whether the model is read only when the tag cache misses (the cache is on and held tags when turned on). */
  private static boolean lazy() {
    return store != null && storeHadEntries;
  }

  /** Starts reading the model in the background unless the tag cache holds tags of it (then it is read on a miss). */
  public static void preloadUnlessCached() {
    if (!lazy()) {
      preload();
    }
  }

  /** Returns how long reading the model took, in milliseconds (reads it if needed). */
  public static double loadMillis() {
    loadNow();
    return loadNanos / 1e6;
  }

  /** Starts reading the model on a daemon thread, so a later {@link #get()} finds it ready. */
  public static void preload() {
    Thread t = new Thread(PosModel::loadNow, "parallax-pos-preload");
    t.setDaemon(true);
    t.start();
  }

  /** Sentences whose tags are remembered: a few articles' worth. */
  private static final int REMEMBERED = 2048;

  /** One tagger per thread: a tagger keeps state between calls and is not thread-safe. */
  private static final ThreadLocal<POSTaggerME> TAGGER =
      ThreadLocal.withInitial(() -> new POSTaggerME(get(), POSTagFormat.UD));

  private static final Map<List<String>, String[]> TAGGED =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<String>, String[]> eldest) {
          return size() > REMEMBERED;
        }
      };

  /**
   * Returns the Universal Dependencies tag of each word, one per word; throws IllegalStateException
   * when the model cannot be read. The same words always get the same tags (the tagger is
   * deterministic), so a remembered result is the one a new run would give.
   */
  public static String[] tag(List<String> words) {
    if (words.isEmpty()) {
      return new String[0];
    }
    List<String> key = List.copyOf(words);
    synchronized (TAGGED) {
      String[] known = TAGGED.get(key);
      if (known != null) {
        return known.clone();
      }
    }
    TagStore s = store;
    String[] tags = s == null ? null : s.get(key);
    if (tags == null) {
      tags = TAGGER.get().tag(key.toArray(new String[0]));
      if (s != null) {
        s.put(key, tags);
      }
    }
    synchronized (TAGGED) {
      TAGGED.put(key, tags.clone());
    }
    return tags;
  }

  /**
   * Returns one tag per token of a sentence, {@code tokens} being {@link Tokenizer#tokenize} of {@code
   * text}. The tagger reads the sentence as written: the punctuation between tokens comes in as tokens of
   * its own and a possessive 's as a word of its own, and a possessive token gets the tag of the word it
   * is attached to. The facts and framing stages both tag this way, so each sentence is tagged once.
   */
  public static String[] tagSentence(String text, List<Token> tokens) {
    List<String> words = new ArrayList<>();
    int[] wordIndex = new int[tokens.size()];
    int prev = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      for (String punct : text.substring(prev, t.start()).strip().split("\\s+")) {
        if (!punct.isEmpty()) {
          words.add(punct);
        }
      }
      String raw = t.text();
      boolean possessive = raw.length() > 2 && (raw.endsWith("'s") || raw.endsWith("\u2019s"));
      wordIndex[i] = words.size();
      words.add(possessive ? raw.substring(0, raw.length() - 2) : raw);
      if (possessive) {
        words.add("'s");
      }
      prev = t.end();
    }
    String[] all = tag(words);
    String[] out = new String[tokens.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = all[wordIndex[i]];
    }
    return out;
  }

  /** Reads the model if no one has yet. */
  private static void loadNow() {
    Loaded unused = Holder.LOADED;
  }

  private record Loaded(POSModel model, String error) {}

  private static Loaded load() {
    long t0 = System.nanoTime();
    try (InputStream in = PosModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return new Loaded(null, "POS model " + RESOURCE + " is not on the classpath");
      }
      POSModel model = new POSModel(in);
      loadNanos = System.nanoTime() - t0;
      return new Loaded(model, null);
    } catch (IOException | RuntimeException e) {
      return new Loaded(null, "cannot read POS model " + RESOURCE + ": " + e.getMessage());
    }
  }

  /** Reads the model when first touched (initialization-on-demand holder). */
  private static final class Holder {
    static final Loaded LOADED = load();
  }
}
