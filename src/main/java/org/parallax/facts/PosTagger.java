package org.parallax.facts;

import java.util.List;
import org.parallax.text.PosModel;
import org.parallax.text.Token;

/** Tags words with Universal Dependencies parts of speech using the OpenNLP English EWT model. */
final class PosTagger {
  /** Classpath location of the model inside opennlp-models-pos-en 1.3.0. */
  static final String MODEL_RESOURCE = PosModel.RESOURCE;

  private PosTagger() {}

  /** Returns a tagger over the shared model (see {@link PosModel#tagSentence}); it reads the model if needed. */
  static PosTagger create() {
    PosModel.check();
    return new PosTagger();
  }

  /** Returns the UD tags of the tokens of one sentence, one per token (see {@link PosModel#tagSentence}). */
  String[] tagSentence(String text, List<Token> tokens) {
    return PosModel.tagSentence(text, tokens);
  }

  /** Returns how long loading the model took, in milliseconds, loading it if needed. */
  static double loadMillis() {
    return PosModel.loadMillis();
  }
}
