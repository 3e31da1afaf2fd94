package org.parallax.framing;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/** Tags words with parts of speech through the OpenNLP English model on the classpath, if present. */
final class PosTags {
  private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  private static final POSModel LOADED = load();
  private static final POSTaggerME TAGGER = LOADED == null ? null : new POSTaggerME(LOADED);

  private PosTags() {}

  private static POSModel load() {
    try (InputStream in = PosTags.class.getResourceAsStream(MODEL)) {
      return in == null ? null : new POSModel(in);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Returns whether the model could be loaded. */
  static boolean available() {
    return LOADED != null;
  }

  /** Returns one tag per word, or null when the model is missing. */
  static String[] tag(List<String> words) {
    if (LOADED == null || words.isEmpty()) {
      return null;
    }
    synchronized (PosTags.class) {
      return TAGGER.tag(words.toArray(new String[0]));
    }
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
