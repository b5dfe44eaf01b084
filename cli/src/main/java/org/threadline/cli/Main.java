package org.threadline.cli;

/** Entry point of the {@code threadline} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    quietLibraryLogging();
    System.exit(run(args));
  }

  /**
   * Apache POI logs through the Log4j API and, with no Log4j back end on the class path, prints a
   * warning about it on stderr at first use. Threadline keeps stderr for its own messages, so the
   * API's simple built-in logger is chosen (it reports only errors).
   */
  static void quietLibraryLogging() {
    if (System.getProperty("log4j2.loggerContextFactory") == null) {
      System.setProperty("log4j2.loggerContextFactory",
          "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    }
  }

  /** Runs the command line and returns the exit code (0 ran, 1 internal error, 2 bad usage or input, 3 --fail-on reached). */
  public static int run(String... args) {
    return ThreadlineCommand.commandLine().execute(args);
  }
}
