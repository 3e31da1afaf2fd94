package org.parallax.cli;

import java.util.List;
import org.parallax.align.Aligner;
import org.parallax.facts.FactFinder;
import org.parallax.framing.FramingAnalyzer;
import org.parallax.text.PosModel;

/** Starts reading the models a command will need on background threads, while the arguments and inputs are read. */
final class Preload {
  private Preload() {}

  /** Starts the loads that {@code args} will need: the POS model for compare and batch, the embedding model unless --no-semantic. */
  static void forArgs(String[] args) {
    if (args.length == 0 || !(args[0].equals("compare") || args[0].equals("batch"))) {
      return;
    }
    List<String> rest = List.of(args).subList(1, args.length);
    if (rest.contains("-h") || rest.contains("--help") || rest.contains("-V") || rest.contains("--version")) {
      return;
    }
    // The tag cache is decided here too, so that the POS model is not read when the cache holds its tags.
    PosModel.useTagCache(!rest.contains("--no-cache"));
    PosModel.preloadUnlessCached();
    if (!rest.contains("--no-semantic")) {
      // The vector cache is decided here too, so that the model is not loaded when the cache holds vectors.
      Aligner.useVectorCache(!rest.contains("--no-cache"));
      Aligner.preloadUnlessCached();
    }
    // The fact and framing stages read their word lists and models when first built; reading them here
    // takes that off the main thread, which meanwhile builds the command line and reads the articles.
    Thread stages = new Thread(() -> {
      try {
        new FactFinder();
        new FramingAnalyzer();
      } catch (RuntimeException | LinkageError e) {
        // left to the main thread, which meets the same failure when it builds the stages and reports it
      }
    }, "parallax-stage-preload");
    stages.setDaemon(true);
    stages.start();
  }
}
