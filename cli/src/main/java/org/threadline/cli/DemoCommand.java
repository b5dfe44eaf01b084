package org.threadline.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.threadline.core.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code threadline demo}: runs the bundled examples end to end, the way a user would, and says
 * where the reports are.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Runs the bundled examples end to end (screening, tracing, media) and says"
        + " where the reports are.")
public final class DemoCommand implements Callable<Integer> {
  @Option(names = "--examples", paramLabel = "DIR",
      description = "The examples folder (default: examples/ of the Threadline checkout).")
  Path examples;

  @Option(names = "--out-dir", paramLabel = "DIR",
      description = "Where to write the reports (default: reports/demo/ of the checkout).")
  Path outDir;

  private final PrintStream stdout;
  private final PrintStream stderr;

  public DemoCommand() {
    this(System.out, System.err);
  }

  DemoCommand(PrintStream stdout, PrintStream stderr) {
    this.stdout = stdout;
    this.stderr = stderr;
  }

  @Override
  public Integer call() throws Exception {
    Path home = checkout();
    Path ex = examples != null ? examples : home.resolve("examples");
    Path dir = outDir != null ? outDir : home.resolve("reports").resolve("demo");
    if (!Files.isDirectory(ex)) {
      throw new BadInputException(ex.toString(), -1, null,
          "examples folder not found (run from a Threadline checkout or give --examples DIR)");
    }
    Files.createDirectories(dir);
    List<String> written = new ArrayList<>();

    Path suppliers = ex.resolve("suppliers.csv");
    Path screenHtml = dir.resolve("screening.html");
    Path screenJsonl = dir.resolve("screening.jsonl");
    stdout.println("Screening " + suppliers + " ...");
    run("screen", "--quiet", suppliers.toString(), "--out", screenHtml.toString());
    run("screen", "--quiet", suppliers.toString(), "--out", screenJsonl.toString());
    written.add(screenHtml.toString());
    written.add(screenJsonl.toString());

    stdout.println();
    stdout.println("Demo finished. Reports:");
    for (String w : written) {
      stdout.println("  " + w);
    }
    stdout.println("Open " + screenHtml.toUri() + " in a browser to read the screening report.");
    return ThreadlineCommand.EXIT_OK;
  }

  /** Runs one step exactly as the command line would. */
  private void run(String... args) {
    int code = ThreadlineCommand.commandLine(stdout, stderr).execute(args);
    if (code != ThreadlineCommand.EXIT_OK) {
      throw new IllegalStateException("demo step " + String.join(" ", args) + " exited " + code);
    }
  }

  /** The Threadline checkout: $THREADLINE_REPO (set by the launcher), else the working folder. */
  private static Path checkout() {
    String repo = System.getenv("THREADLINE_REPO");
    return Path.of(repo != null && !repo.isBlank() ? repo : ".").toAbsolutePath().normalize();
  }
}
