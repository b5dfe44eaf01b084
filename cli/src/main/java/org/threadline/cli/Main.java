package org.threadline.cli;

/** Entry point of the {@code threadline} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (0 ran, 1 internal error, 2 bad usage or input, 3 --fail-on reached). */
  public static int run(String... args) {
    return ThreadlineCommand.commandLine().execute(args);
  }
}
