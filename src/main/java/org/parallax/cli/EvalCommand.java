package org.parallax.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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
    subcommands = {EvalCommand.Sbd.class})
final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @ParentCommand Main main;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing dataset: sbd");
  }

  /** Checks that the dataset path exists, so a typo is a one-line usage error. */
  static void requireExists(Path path) throws UserError {
    if (!Files.exists(path)) {
      throw new UserError(path + ": no such file or directory");
    }
  }

  /** {@code eval sbd FILE}: sentence-boundary golden rules. */
  @Command(
      name = "sbd",
      mixinStandardHelpOptions = true,
      description = "Scores the sentence splitter on golden-rule JSON (pySBD or pragmatic_segmenter format).")
  static final class Sbd implements Callable<Integer> {
    @ParentCommand EvalCommand eval;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = {"-v", "--verbose"}, description = "list every failing case")
    boolean verbose;

    @Override
    public Integer call() throws UserError {
      requireExists(file);
      try {
        SbdEval.print(SbdEval.evaluate(file), eval.main.out, verbose);
      } catch (IOException e) {
        throw new UserError(e.getMessage(), e);
      }
      return Main.OK;
    }
  }
}
