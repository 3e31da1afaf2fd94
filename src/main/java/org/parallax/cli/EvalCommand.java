package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parallax.eval.BasilEval;
import org.parallax.eval.GumSbdEval;
import org.parallax.eval.MsrpEval;
import org.parallax.eval.PanelEval;
import org.parallax.eval.PolnearEval;
import org.parallax.eval.RelatednessEval;
import org.parallax.eval.StsbEval;
import org.parallax.eval.SbdEval;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;

/** {@code parallax eval DATASET PATH}: measures a stage against a public benchmark. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measures Parallax against a benchmark dataset.",
    subcommands = {EvalCommand.Sbd.class, EvalCommand.SbdGum.class, EvalCommand.Basil.class, EvalCommand.Polnear.class,
      EvalCommand.Msrp.class, EvalCommand.Stsb.class, EvalCommand.Relatedness.class,
      EvalCommand.Panel.class})
final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @ParentCommand Main main;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing dataset: sbd, sbd-gum, polnear, basil, msrp, stsb, relatedness or panel");
  }

  /** Checks that the dataset path exists, so a typo is a one-line usage error. */
  static void requireExists(Path path) throws UserError {
    if (!Files.exists(path)) {
      throw new UserError(path + ": no such file or directory");
    }
  }

  /** One dataset's evaluation: checks the path, runs, and turns unreadable data into a user error. */
  abstract static class Dataset implements Callable<Integer> {
    @ParentCommand EvalCommand eval;

    @Parameters(paramLabel = "PATH", description = "the dataset file or folder")
    Path path;

    @Option(names = {"-v", "--verbose"}, description = "print more detail")
    boolean verbose;

    @Option(names = "--no-semantic", description = "score without the sentence-embedding model")
    boolean noSemantic;

    abstract void evaluate(Path path, PrintWriter out) throws IOException;

    @Override
    public Integer call() throws UserError {
      requireExists(path);
      try {
        evaluate(path, eval.main.out);
      } catch (IOException | UncheckedIOException e) {
        throw new UserError(e.getMessage(), e);
      }
      eval.main.out.flush();
      return Main.OK;
    }
  }

  @Command(
      name = "sbd",
      mixinStandardHelpOptions = true,
      description = "Scores the sentence splitter on golden-rule JSON (pySBD or pragmatic_segmenter format).")
  static final class Sbd extends Dataset {
    @Override
    void evaluate(Path path, PrintWriter out) throws IOException {
      SbdEval.print(SbdEval.evaluate(path), out, verbose);
    }
  }

  @Command(
      name = "sbd-gum",
      mixinStandardHelpOptions = true,
      description = "Scores sentence boundaries inside paragraphs against CoNLL-U gold sentences (a GUM folder or"
          + " file), beside the JDK's BreakIterator in the same harness.")
  static final class SbdGum extends Dataset {
    @Override
    void evaluate(Path path, PrintWriter out) throws IOException {
      GumSbdEval.print(GumSbdEval.evaluate(path), out);
    }
  }

  @Command(
      name = "basil",
      mixinStandardHelpOptions = true,
      description = "Scores loaded-term flags and quotes on BASIL (a folder with articles/ and annotations/).")
  static final class Basil extends Dataset {
    @Option(names = "--cv", description = "also cross-validate the loaded-term model (5 folds by event), at its flag budget and at"
            + " 35, 50 and 75 flags per 100 sentences")
    boolean cv;

    @Override
    void evaluate(Path path, PrintWriter out) throws IOException {
      BasilEval.print(BasilEval.evaluate(path), out);
      if (cv) {
        BasilEval.crossValidate(path, out);
      }
    }
  }

  @Command(
      name = "polnear",
      mixinStandardHelpOptions = true,
      description = "Scores direct-quote extraction, speakers and cues on PolNeAR (brat standoff).")
  static final class Polnear extends Dataset {
    @Override
    void evaluate(Path path, PrintWriter out) throws IOException {
      PolnearEval.print(PolnearEval.evaluate(path, null), out);
    }
  }

  @Command(
      name = "msrp",
      mixinStandardHelpOptions = true,
      description = "Scores the aligner's paraphrase decision on the MSR Paraphrase Corpus (tab-separated).")
  static final class Msrp extends Dataset {
    @Option(
        names = "--fit",
        paramLabel = "OUT",
        description = "refit the paraphrase decision's weights on FILE and write them to OUT (the shipped"
            + " file is src/main/resources/org/parallax/align/paraphrase-weights.tsv)")
    Path fit;

    @Override
    void evaluate(Path path, PrintWriter out) throws IOException {
      if (fit != null) {
        if (noSemantic) {
          throw new IOException("--fit needs the semantic model; drop --no-semantic");
        }
        MsrpEval.fit(path, fit, out);
        return;
      }
      MsrpEval.print(MsrpEval.evaluate(path, !noSemantic), out);
    }
  }

  @Command(
      name = "stsb",
      mixinStandardHelpOptions = true,
      description = "Correlates the similarity score with STS Benchmark grades (tab-separated).")
  static final class Stsb extends Dataset {
    @Override
    void evaluate(Path path, PrintWriter out) throws IOException {
      StsbEval.print(StsbEval.evaluate(path, !noSemantic), out);
    }
  }

  @Command(
      name = "relatedness",
      mixinStandardHelpOptions = true,
      description = "Checks the same-event verdict on BASIL: same-triple pairs against cross-event pairs.")
  static final class Relatedness extends Dataset {
    @Override
    void evaluate(Path path, PrintWriter out) throws IOException {
      RelatednessEval.print(RelatednessEval.evaluate(path, !noSemantic), out);
    }
  }

  @Command(
      name = "panel",
      mixinStandardHelpOptions = true,
      description = "Scores reports item by item against the judged panel of BASIL pairs (issue #17;"
          + " rules in docs/panel-rubric.md).")
  static final class Panel extends Dataset {
    @Option(names = "--panel", paramLabel = "PANELDIR", description = "the folder of .panel files (default: ${DEFAULT-VALUE})")
    Path panel = Path.of("panel");

    @Option(
        names = "--unjudged",
        paramLabel = "FILE",
        description = "write the shown items without a judgment, the misses, the wrong items and stale judgments to FILE")
    Path unjudged;

    @Override
    void evaluate(Path path, PrintWriter out) throws IOException {
      PanelEval.Result r = PanelEval.evaluate(path, panel, PairJob.comparer(!noSemantic).overlapping());
      PanelEval.print(r, out, verbose);
      if (unjudged != null) {
        PanelEval.writeListing(r, unjudged);
      }
    }
  }
}
