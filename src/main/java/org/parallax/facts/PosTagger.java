package org.parallax.facts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/** Tags words with Universal Dependencies parts of speech using the OpenNLP English EWT model. */
final class PosTagger {
  /** Classpath location of the model inside opennlp-models-pos-en 1.3.0. */
  static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  private PosTagger() {}

  /** Holds the model; the JVM loads it once, on first use, and every caller shares it. */
  private static final class Holder {
    static final POSModel MODEL = load();
    static final long LOAD_NANOS = loadNanos;
  }

  private static long loadNanos;

  private static POSModel load() {
    long t0 = System.nanoTime();
    try (InputStream in = PosTagger.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("POS model " + MODEL_RESOURCE + " is not on the classpath");
      }
      POSModel model = new POSModel(in);
      loadNanos = System.nanoTime() - t0;
      return model;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read POS model " + MODEL_RESOURCE, e);
    }
  }

  private final POSTaggerME tagger = new POSTaggerME(Holder.MODEL, POSTagFormat.UD);

  /** Returns a tagger over the shared model; one tagger serves one thread (building one costs ~20 ms). */
  static PosTagger create() {
    return new PosTagger();
  }

  /** Returns the UD tags of {@code tokens}, one per token. */
  String[] tag(List<String> tokens) {
    if (tokens.isEmpty()) {
      return new String[0];
    }
    return tagger.tag(tokens.toArray(new String[0]));
  }

  /** Returns how long loading the model took, in milliseconds, loading it if needed. */
  static double loadMillis() {
    return Holder.LOAD_NANOS / 1e6;
  }
}
