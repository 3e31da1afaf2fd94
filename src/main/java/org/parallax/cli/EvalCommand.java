package org.parallax.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;

/** {@code parallax eval DATASET PATH}: measures a stage against a public benchmark. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measures Parallax against a benchmark dataset.",
    subcommands = {})
final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing dataset");
  }
}
