package org.parallax.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parallax.eval.BasilEval;
import org.parallax.eval.GumEval;
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
      EvalCommand.Panel.class, EvalCommand.Gum.class})
final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @ParentCommand Main main;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "missing dataset: sbd, sbd-gum, polnear, basil, msrp, stsb, relatedness, panel or gum");
  }

  /** Checks that the dataset path exists, so a typo is a one-line usage error. */
  static void requireExists(Path path) throws UserError {
    if (!Files.exists(path)) {
      throw new UserError(path + ": no such file or directory");
    }
  }

  /** Returns a one-line message for {@code e} that names the dataset path first. */
  static String describe(Path path, IOException e) {
    String p = path.toString();
    String text;
    if (e instanceof java.nio.file.NoSuchFileException n) {
      text = (n.getFile() == null || n.getFile().equals(p) ? "" : n.getFile() + ": ") + "no such file or directory";
    } else if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      text = (f.getFile() == null || f.getFile().equals(p) ? "" : f.getFile() + ": ") + f.getReason();
    } else if (e instanceof java.nio.charset.CharacterCodingException) {
      text = "not UTF-8";
    } else {
      text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    text = text.replaceAll("\\s+", " ").strip();
    if (text.startsWith(p + ":")) {
      return text;
    }
    if (text.startsWith(p + "/")) {
      return p + ": " + text.substring(p.length() + 1);
    }
    return p + ": " + text;
  }

  /** Fails when a tab-separated dataset gave no usable pairs, which no score can be drawn from. */
  static void requirePairs(int pairs, int skipped, String format) throws IOException {
    if (pairs == 0) {
      throw new IOException("no pairs read (" + skipped + " line" + (skipped == 1 ? "" : "s")
          + " skipped); expected " + format);
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
      } catch (IOException e) {
        throw new UserError(describe(path, e), e);
      } catch (UncheckedIOException e) {
        throw new UserError(describe(path, e.getCause()), e);
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
      name = "gum",
      mixinStandardHelpOptions = true,
      description = "Scores named people, organizations and places, and dates and quantities, on GUM CoNLL-U files "
          + "with Entity brackets (a folder of .conllu), beside a capitalized-run baseline; -v lists misses.")
  static final class Gum extends Dataset {
    @Override
    void evaluate(Path path, PrintWriter out) throws IOException {
      GumEval.run(path, out, verbose);
    }
  }

  @Command(
      name = "sbd-gum",
      mixinStandardHelpOptions = true,
      description = "Scores sentence boundaries inside paragraphs against CoNLL-U gold sentences (a GUM folder or"
          + " file), beside the JDK's BreakIterator in the same harness, over all files and over two halves"
          + " (odd and even files in name order); -v lists the splitter's errors in the first (tuning) half.")
  static final class SbdGum extends Dataset {
    @Override
    void evaluate(Path path, PrintWriter out) throws IOException {
      GumSbdEval.print(GumSbdEval.evaluate(path), out, verbose);
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

    @Option(
        names = "--fit-alignment-score",
        paramLabel = "OUT",
        description = "refit the calibrated alignment score's weights (each alignment's confidence) on FILE and"
            + " write them to OUT (the shipped file is src/main/resources/org/parallax/align/alignment-score.tsv)")
    Path fitAlignmentScore;

    @Override
    void evaluate(Path path, PrintWriter out) throws IOException {
      if (fitAlignmentScore != null) {
        if (noSemantic) {
          throw new IOException("--fit-alignment-score needs the semantic model; drop --no-semantic");
        }
        MsrpEval.fitAlignmentScore(path, fitAlignmentScore, out);
        return;
      }
      if (fit != null) {
        if (noSemantic) {
          throw new IOException("--fit needs the semantic model; drop --no-semantic");
        }
        MsrpEval.fit(path, fit, out);
        return;
      }
      MsrpEval.Result r = MsrpEval.evaluate(path, !noSemantic);
      requirePairs(r.truePositive() + r.falsePositive() + r.trueNegative() + r.falseNegative(), r.skipped(),
          "the tab-separated MSRP format (Quality, #1 ID, #2 ID, #1 String, #2 String)");
      MsrpEval.print(r, out);
    }
  }

  @Command(
      name = "stsb",
      mixinStandardHelpOptions = true,
      description = "Correlates the similarity score with STS Benchmark grades (tab-separated).")
  static final class Stsb extends Dataset {
    @Override
    void evaluate(Path path, PrintWriter out) throws IOException {
      StsbEval.Result r = StsbEval.evaluate(path, !noSemantic);
      requirePairs(r.pairs(), r.skipped(), "the tab-separated STS Benchmark format");
      StsbEval.print(r, out);
    }
  }

  @Command(
      name = "relatedness",
      mixinStandardHelpOptions = true,
      description = "Checks the same-event verdict on BASIL: same-triple pairs against cross-event pairs.")
  static final class Relatedness extends Dataset {
    @Override
    void evaluate(Path path, PrintWriter out) throws IOException {
      RelatednessEval.Result r = RelatednessEval.evaluate(path, !noSemantic);
      requirePairs(r.same().size() + r.different().size(), r.skipped(), "a BASIL folder with articles/");
      RelatednessEval.print(r, out);
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

    @Option(
        names = "--fit-alignment-score",
        paramLabel = "OUT",
        description = "fit the calibrated alignment score on the judged shown alignments and write its weights to OUT")
    Path fitAlignmentScore;

    @Override
    void evaluate(Path path, PrintWriter out) throws IOException {
      if (fitAlignmentScore != null && noSemantic) {
        throw new IOException("--fit-alignment-score needs the semantic model; drop --no-semantic");
      }
      PanelEval.Result r =
          PanelEval.evaluate(path, panel, PairJob.comparer(!noSemantic).overlapping(), fitAlignmentScore != null);
      PanelEval.print(r, out, verbose);
      if (unjudged != null) {
        PanelEval.writeListing(r, unjudged);
      }
      if (fitAlignmentScore != null) {
        PanelEval.fitAlignmentScore(r, panel.toString(), fitAlignmentScore, out);
      }
    }
  }
}
