package org.threadline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.threadline.core.BadInputException;
import org.threadline.core.screening.RiskRules;
import org.threadline.core.screening.eval.RealWorldEvaluation;
import org.threadline.core.screening.eval.RealWorldEvaluation.Alarm;
import org.threadline.core.screening.eval.RealWorldEvaluation.Population;
import org.threadline.core.screening.eval.RealWorldEvaluation.Positive;
import org.threadline.engine.ListSource;
import org.threadline.engine.ListVersion;
import org.threadline.engine.ScreeningEngine;
import org.threadline.input.InputOptions;
import org.threadline.input.PartyReader;
import org.threadline.input.PartySource;
import org.threadline.lists.eval.RealWorldLabels;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code threadline eval realworld}: screens real populations (registries, brands' factory
 * lists) and measures false alarms per 1,000 parties and recall against the team's labels in
 * {@code data/eval/realworld/}.
 */
@Command(
    name = "realworld",
    mixinStandardHelpOptions = true,
    description = {
      "Screens every supplier file (CSV, TSV, XLSX, JSON, JSON Lines) below a folder of real"
          + " populations that no one on the project wrote, and compares the results with the"
          + " team's labels in data/eval/realworld/ (list_labels.csv, xinjiang_labels.csv).",
      "Prints, per population (the file's folder), list and Xinjiang false alarms per 1,000"
          + " parties at the threshold, false alarms by cause, and recall of the listed companies"
          + " and branches the labels name. An alarm on a party nobody labelled counts as false"
          + " ('unreviewed'). A party is in Xinjiang when its province column says so, unless a"
          + " label says otherwise.",
      "Lists: the bundled copies only, so that figures do not depend on your data folder."
    })
public final class EvalRealworldCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--dir", required = true, paramLabel = "DIR",
      description = "Folder of real populations (searched recursively).")
  Path dir;

  @Option(names = "--threshold", paramLabel = "X",
      description = "Score from which a finding is an alarm (default: ${DEFAULT-VALUE}).")
  double threshold = RiskRules.WORTH_A_LOOK;

  @Option(names = "--show", paramLabel = "WHAT",
      description = "Also list: alarms (false list alarms), xinjiang (false Xinjiang alarms),"
          + " misses (positives not found, and Xinjiang parties missed), all.")
  List<String> show = new ArrayList<>();

  @Option(names = "--unreviewed", paramLabel = "FILE",
      description = "Write the unreviewed list alarms to FILE as label rows to fill in.")
  Path unreviewed;

  @Option(names = "--threads", paramLabel = "N",
      description = "Screening threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isDirectory(dir)) {
      throw new BadInputException(dir.toString(), -1, null, "is not a folder");
    }
    List<Path> files = populationFiles(dir);
    if (files.isEmpty()) {
      throw new BadInputException(dir.toString(), -1, null,
          "holds no supplier files (CSV, TSV, XLSX, JSON, JSON Lines)");
    }
    var eval = new RealWorldEvaluation(threshold, RealWorldLabels.listLabels(),
        RealWorldLabels.xinjiangLabels());
    long started;
    try (WorkerPool pool = new WorkerPool(Math.max(1, threads), "threadline-eval")) {
      // The bundled lists only, whatever the user's data folder holds.
      ScreeningEngine engine = ScreeningEngine.builder(ListSource.bundled())
          .workers(pool.workers())
          .threshold(Math.min(threshold, 0.5))
          .build();
      ListVersion lists = engine.lists();
      started = System.nanoTime();
      for (Path file : files) {
        String rel = dir.relativize(file).toString().replace('\\', '/');
        String population = file.getParent().equals(dir) ? "(top)"
            : dir.relativize(file.getParent()).toString().replace('\\', '/');
        try (PartySource source = PartyReader.open(file, InputOptions.defaults())) {
          engine.screenInOrder(lists, source, r -> eval.add(population, rel, r));
        }
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    report(out, eval, files.size(), seconds);
    if (unreviewed != null) {
      writeUnreviewed(eval);
      out.printf(Locale.ROOT, "%nWrote the unreviewed alarms to %s%n", unreviewed);
    }
    return ThreadlineCommand.EXIT_OK;
  }

  static List<Path> populationFiles(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> {
            String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
            return n.endsWith(".csv") || n.endsWith(".tsv") || n.endsWith(".xlsx")
                || n.endsWith(".json") || n.endsWith(".jsonl");
          })
          .sorted()
          .toList();
    }
  }

  private void report(PrintWriter out, RealWorldEvaluation eval, int files, double seconds) {
    Population all = eval.total();
    out.printf(Locale.ROOT, "Real populations in %s: %d files, %,d parties, threshold %.2f;"
        + " bundled lists; %.1f s screening (%,.0f parties/s on %d threads)%n%n",
        dir, files, all.parties(), threshold, seconds, all.parties() / seconds, threads);
    out.printf(Locale.ROOT, "%-14s %8s | %6s %6s %9s %10s | %8s %6s %9s %8s%n", "population",
        "parties", "list", "false", "per 1000", "unreviewed", "xinjiang", "false", "per 1000",
        "recall");
    for (Population p : eval.populations()) {
      row(out, p);
    }
    row(out, all);

    out.printf(Locale.ROOT, "%nList false alarms by cause (per 1,000 parties)%n");
    for (Map.Entry<String, Integer> e : RealWorldEvaluation.countBy(eval.listFalseAlarms()).entrySet()) {
      out.printf(Locale.ROOT, "  %-28s %5d  %6.2f%n", e.getKey(), e.getValue(),
          perThousand(e.getValue(), all.parties()));
    }
    out.printf(Locale.ROOT, "%nXinjiang false alarms by signal and cause (per 1,000 parties outside"
        + " Xinjiang)%n");
    for (Map.Entry<String, Integer> e : RealWorldEvaluation.countBy(eval.xinjiangFalseAlarms()).entrySet()) {
      out.printf(Locale.ROOT, "  %-28s %5d  %6.2f%n", e.getKey(), e.getValue(),
          perThousand(e.getValue(), all.outsideXinjiang()));
    }

    List<Positive> positives = eval.positives();
    long listed = positives.stream().filter(p -> p.label().equals("listed")).count();
    long listedFound = positives.stream().filter(p -> p.label().equals("listed") && p.found()).count();
    long branches = positives.size() - listed;
    long branchesFound = positives.stream().filter(p -> !p.label().equals("listed") && p.found()).count();
    out.printf(Locale.ROOT, "%nListed companies found: %d of %d (%s); branches and subsidiaries"
        + " carrying a listed name: %d of %d (%s)%n", listedFound, listed, share(listedFound, listed),
        branchesFound, branches, share(branchesFound, branches));
    for (String missing : eval.unscreenedPositives()) {
      out.println("  labelled but not screened: " + missing);
    }
    for (String stale : eval.staleLabels()) {
      out.println("  stale label: " + stale);
    }

    boolean all2 = show.contains("all");
    if (all2 || show.contains("misses")) {
      out.printf(Locale.ROOT, "%nPositives%n");
      for (Positive p : positives) {
        out.printf(Locale.ROOT, "  %-6s %-7s %.3f %s %s %s%n", p.found() ? "found" : "MISSED",
            p.label(), p.score(), p.file(), p.id(), p.name());
      }
      out.printf(Locale.ROOT, "%nXinjiang parties missed%n");
      for (Positive p : eval.xinjiangMisses()) {
        out.printf(Locale.ROOT, "  %.3f %s %s %s%n", p.score(), p.file(), p.id(), p.name());
      }
    }
    if (all2 || show.contains("alarms")) {
      out.printf(Locale.ROOT, "%nFalse list alarms%n");
      for (Alarm a : eval.listFalseAlarms()) {
        out.printf(Locale.ROOT, "  %.3f %-16s %s %s %s -> %s%n", a.score(), a.cause(), a.file(),
            a.id(), a.name(), a.what());
      }
    }
    if (all2 || show.contains("xinjiang")) {
      out.printf(Locale.ROOT, "%nFalse Xinjiang alarms%n");
      for (Alarm a : eval.xinjiangFalseAlarms()) {
        out.printf(Locale.ROOT, "  %.3f %-16s %s %s %s [%s]%n", a.score(), a.cause(), a.file(),
            a.id(), a.name(), a.what());
      }
    }
  }

  private static void row(PrintWriter out, Population p) {
    out.printf(Locale.ROOT, "%-14s %8d | %6d %6d %9.2f %10d | %8d %6d %9.2f %8s%n", p.name(),
        p.parties(), p.listAlarms(), p.listFalseAlarms(),
        perThousand(p.listFalseAlarms(), p.parties()), p.listUnreviewed(), p.xinjiangAlarms(),
        p.xinjiangFalseAlarms(), perThousand(p.xinjiangFalseAlarms(), p.outsideXinjiang()),
        share(p.xinjiangFound(), p.xinjiangParties()));
  }

  private static double perThousand(long n, long of) {
    return of == 0 ? 0.0 : 1000.0 * n / of;
  }

  private static String share(long n, long of) {
    return of == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) n / of);
  }

  private void writeUnreviewed(RealWorldEvaluation eval) {
    StringBuilder sb = new StringBuilder("file,id,name,label,entries,cause,reason\n");
    for (Alarm a : eval.listFalseAlarms()) {
      if (a.cause().equals("unreviewed")) {
        sb.append(csv(a.file())).append(',').append(csv(a.id())).append(',').append(csv(a.name()))
            .append(",,,,").append(csv(String.format(Locale.ROOT, "alarm %.3f %s", a.score(), a.what())))
            .append('\n');
      }
    }
    try {
      Files.writeString(unreviewed, sb);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String csv(String s) {
    if (s == null) {
      return "";
    }
    return s.contains(",") || s.contains("\"") || s.contains("\n")
        ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
