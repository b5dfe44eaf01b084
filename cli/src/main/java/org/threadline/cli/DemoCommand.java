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
    Path articles = home.resolve("data").resolve("eval").resolve("media").resolve("articles");
    boolean withMedia = Files.isDirectory(articles);

    stdout.println("1. Screening " + suppliers + " against the lists, for a Xinjiang nexus"
        + (withMedia ? " and for adverse media in " + articles : "") + " ...");
    Path screenHtml = dir.resolve("screening.html");
    Path screenJsonl = dir.resolve("screening.jsonl");
    List<String> screen = new ArrayList<>(List.of("screen", "--quiet", suppliers.toString()));
    if (withMedia) {
      screen.addAll(List.of("--media", articles.toString()));
    }
    run(concat(screen, "--out", screenHtml.toString()));
    run(concat(screen, "--out", screenJsonl.toString()));
    written.add(screenHtml.toString());
    written.add(screenJsonl.toString());

    Path chains = ex.resolve("trace");
    if (Files.isDirectory(chains)) {
      try (var folders = Files.list(chains)) {
        for (Path chain : folders.filter(Files::isDirectory).sorted().toList()) {
          String name = chain.getFileName().toString();
          stdout.println("2. Tracing the " + name + " supply chain ...");
          Path html = dir.resolve("trace-" + name + ".html");
          run("trace", chain.toString(), "--format", "html", "--out", html.toString());
          run("trace", chain.toString(), "--format", "json", "--out",
              dir.resolve("trace-" + name + ".json").toString());
          written.add(html.toString());
          if (name.equals("apparel")) {
            Path pdf = dir.resolve("trace-" + name + ".pdf");
            run("trace", chain.toString(), "--format", "pdf", "--out", pdf.toString());
            written.add(pdf.toString());
          }
        }
      }
    }

    if (withMedia) {
      stdout.println("3. Reading the articles in " + articles + " ...");
      Path digest = dir.resolve("media-digest.html");
      run("media", articles.toString(), "--suppliers", suppliers.toString(), "--format", "html",
          "--out", digest.toString());
      written.add(digest.toString());
    }

    stdout.println();
    stdout.println("Demo finished. Reports:");
    for (String w : written) {
      stdout.println("  " + w);
    }
    stdout.println("Open " + screenHtml.toUri() + " in a browser to read the screening report.");
    return ThreadlineCommand.EXIT_OK;
  }

  private static String[] concat(List<String> args, String... more) {
    var all = new ArrayList<>(args);
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
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
