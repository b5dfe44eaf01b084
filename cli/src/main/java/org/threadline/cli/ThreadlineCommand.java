package org.threadline.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.threadline.core.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code threadline} command: a list of sub-commands, no behaviour of its own. */
@Command(
    name = "threadline",
    mixinStandardHelpOptions = true,
    version = "Threadline 0.1.0",
    description = "Finds forced labour in supply chains: screen parties against the forced-labour"
        + " lists and for a Xinjiang nexus, trace supply chains, read the news.",
    subcommands = {
      CommandLine.HelpCommand.class,
      ScreenCommand.class,
      DemoCommand.class,
      EvalCommand.class,
      ListsCommand.class,
      TraceCommand.class,
      MediaCommand.class,
    })
public final class ThreadlineCommand implements Runnable {
  /** Exit code: the work ran, whatever it found. */
  public static final int EXIT_OK = 0;
  /** Exit code: an internal error. */
  public static final int EXIT_INTERNAL = 1;
  /** Exit code: bad usage or bad input. */
  public static final int EXIT_BAD_INPUT = 2;
  /** Exit code: a result reached the --fail-on level. */
  public static final int EXIT_FAIL_ON = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The configured command line: exit codes and error handling as contract "Command line" says. */
  public static CommandLine commandLine() {
    return commandLine(System.out, System.err);
  }

  /**
   * The command line writing to the given streams: commands are built here, explicitly, with the
   * streams they write to, so tests run every command in-process.
   */
  public static CommandLine commandLine(PrintStream out, PrintStream err) {
    return commandLine(System.in, out, err);
  }

  /** The command line reading standard input from {@code in}, as {@code screen -} does. */
  static CommandLine commandLine(InputStream in, PrintStream out, PrintStream err) {
    CommandLine.IFactory factory = new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> cls) throws Exception {
        if (cls == ScreenCommand.class) {
          return cls.cast(new ScreenCommand(in, out, err));
        }
        if (cls == DemoCommand.class) {
          return cls.cast(new DemoCommand(out, err));
        }
        return CommandLine.defaultFactory().create(cls);
      }
    };
    var cl = new CommandLine(new ThreadlineCommand(), factory);
    cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    return configure(cl);
  }

  /** Applies Threadline's exit codes and error handling to a command line (also a sub-command's). */
  static CommandLine configure(CommandLine cl) {
    cl.setExitCodeExceptionMapper(ThreadlineCommand::exitCodeOf);
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          PrintWriter err = ex.getCommandLine().getErr();
          err.println("threadline: " + ex.getMessage());
          err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          return EXIT_BAD_INPUT;
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          PrintWriter err = commandLine.getErr();
          if (ex instanceof BadInputException bad) {
            err.println("threadline: " + bad.getMessage());
            return EXIT_BAD_INPUT;
          }
          err.println("threadline: internal error: " + ex);
          ex.printStackTrace(err);
          return EXIT_INTERNAL;
        });
    return cl;
  }

  private static int exitCodeOf(Throwable t) {
    return t instanceof BadInputException ? EXIT_BAD_INPUT : EXIT_INTERNAL;
  }
}
