package org.parallax.framing;

import java.util.List;
import org.parallax.text.PosModel;
import org.parallax.text.Token;

/** Tags words with parts of speech through the OpenNLP English model on the classpath, if present. */
final class PosTags {
  private PosTags() {}

  /** Returns whether the model could be loaded. */
  static boolean available() {
    return PosModel.available();
  }

  /** Returns one tag per word, or null when the model is missing. */
  static String[] tag(List<String> words) {
    if (!PosModel.available() || words.isEmpty()) {
      return null;
    }
    return PosModel.tag(words);
  }

  /**
   * Returns one tag per token of a sentence as {@link PosModel#tagSentence} tags it (the facts stage
   * tags the same way, so the tagging is shared), or null when the model is missing.
   */
  static String[] tagSentence(String text, List<Token> tokens) {
    if (!PosModel.available() || tokens.isEmpty()) {
      return null;
    }
    return PosModel.tagSentence(text, tokens);
  }

  /** Returns whether a tag (Universal or Penn) marks a verb. */
  static boolean isVerb(String tag) {
    return tag.equals("VERB") || tag.startsWith("VB");
  }

  /** Returns whether a tag marks an auxiliary or modal verb. */
  static boolean isAuxiliary(String tag) {
    return tag.equals("AUX") || tag.equals("MD");
  }

  /** Returns whether a tag marks a proper noun. */
  static boolean isProperNoun(String tag) {
    return tag.equals("PROPN") || tag.startsWith("NNP");
  }

  /** Returns whether a tag marks a noun or proper noun. */
  static boolean isNoun(String tag) {
    return tag.equals("NOUN") || tag.equals("PROPN") || tag.startsWith("NN");
  }
}
