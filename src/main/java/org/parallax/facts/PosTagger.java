package org.parallax.facts;

import java.util.List;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.parallax.text.PosModel;

/** Tags words with Universal Dependencies parts of speech using the OpenNLP English EWT model. */
final class PosTagger {
  /** Classpath location of the model inside opennlp-models-pos-en 1.3.0. */
  static final String MODEL_RESOURCE = PosModel.RESOURCE;

  private PosTagger() {}

  private final POSTaggerME tagger = new POSTaggerME(PosModel.get(), POSTagFormat.UD);

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
    return PosModel.loadMillis();
  }
}
