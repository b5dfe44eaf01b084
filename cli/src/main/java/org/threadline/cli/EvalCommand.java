package org.threadline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code threadline eval}: measures Threadline on the labelled sets kept in the repository. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measures precision and recall on the team's labelled evaluation sets.",
    subcommands = {
      CommandLine.HelpCommand.class,
      EvalNamesCommand.class,
      EvalXinjiangCommand.class,
      EvalMediaCommand.class,
      EvalRealworldCommand.class
    })
public final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
