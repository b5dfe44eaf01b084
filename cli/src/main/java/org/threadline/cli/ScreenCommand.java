package org.threadline.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.threadline.core.BadInputException;
import org.threadline.core.model.Risk;
import org.threadline.core.model.ScreeningResult;
import org.threadline.engine.ListVersion;
import org.threadline.engine.ScreeningEngine;
import org.threadline.input.InputOptions;
import org.threadline.input.PartyReader;
import org.threadline.input.PartySource;
import org.threadline.report.ResultWriter;
import org.threadline.report.ResultWriters;
import org.threadline.report.ScreenFormat;
import org.threadline.report.ScreeningRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code threadline screen}: screens parties against the lists and for a Xinjiang nexus. */
@Command(
    name = "screen",
    mixinStandardHelpOptions = true,
    description = {
      "Screens parties (suppliers, factories, shippers) against the forced-labour lists and for a"
          + " Xinjiang nexus, and writes one result per party.",
      "Input: CSV, TSV, XLSX, JSON (array) or JSON Lines, in UTF-8, GB18030/GBK or Big5."
          + " Only a name or an address column is required."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the screening ran (whatever it found)",
      "1:internal error",
      "2:bad usage or bad input (one line names the file, row and column)",
      "3:a result reached the --fail-on level"
    })
public final class ScreenCommand implements Callable<Integer> {
  /** The file name that stands for standard input. */
  private static final String STDIN = "-";

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "Files of parties to screen; - reads standard input.")
  List<Path> files;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "jsonl (default), json, csv, xlsx or html; when omitted with --out, taken"
          + " from the output file's extension.")
  String format;

  @Option(names = "--out", paramLabel = "PATH",
      description = "Write to this file (atomically) instead of standard output.")
  Path out;

  @Option(names = "--encoding", paramLabel = "CHARSET",
      description = "Encoding of the input files (default: detected; UTF-8, GB18030, GBK, Big5).")
  String encoding;

  @Option(names = "--skip-bad-rows",
      description = "Skip malformed rows, reporting each on stderr, instead of stopping.")
  boolean skipBadRows;

  @Option(names = "--threads", paramLabel = "N",
      description = "Screening threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--quiet", description = "No progress line, even on a terminal.")
  boolean quiet;

  @Mixin ScreeningOptions screening;
  @Mixin MediaOption media;
  @Mixin FailOnOption failOn;

  private final InputStream stdin;
  private final PrintStream stdout;
  private final PrintStream stderr;

  public ScreenCommand() {
    this(System.in, System.out, System.err);
  }

  ScreenCommand(InputStream stdin, PrintStream stdout, PrintStream stderr) {
    this.stdin = stdin;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  @Override
  public Integer call() throws Exception {
    ScreenFormat fmt = OutputFormats.screenFormat(format, out);
    InputOptions inputOptions = new InputOptions(charset(), skipBadRows,
        warning -> stderr.println("threadline: " + warning));
    if (threads < 1) {
      throw new BadInputException(null, -1, null, "--threads must be at least 1, got " + threads);
    }
    // Open every input before writing anything: a missing file fails the run up front.
    List<PartySource> sources = new ArrayList<>();
    try (WorkerPool pool = new WorkerPool(threads, "threadline-screen")) {
      for (Path file : files) {
        sources.add(file.toString().equals(STDIN)
            ? PartyReader.open(stdin, "standard input", inputOptions)
            : PartyReader.open(file, inputOptions));
      }
      ScreeningEngine engine = screening.engine(pool, media.articles());
      var extraColumns = new LinkedHashSet<String>();
      for (PartySource s : sources) {
        extraColumns.addAll(s.extraColumns());
      }
      ListVersion lists = engine.lists();
      var run = new ScreeningRun(lists.infos(), files.stream().map(Path::toString).toList(),
          List.copyOf(extraColumns), engine.threshold(), Versions.threadline(), Instant.now());
      return failOn.exitCode(screenAll(engine, lists, new PartySources(sources), fmt, run));
    } finally {
      for (PartySource s : sources) {
        s.close();
      }
    }
  }

  private Risk screenAll(ScreeningEngine engine, ListVersion lists, PartySources parties,
      ScreenFormat fmt, ScreeningRun run) {
    var tally = new Tally();
    boolean showProgress = !quiet && ProgressMeter.terminalAttached();
    try (var progress = new ProgressMeter(stderr, showProgress)) {
      ResultWriter writer = ResultWriters.open(fmt, out, stdout, run);
      boolean finished = false;
      try {
        engine.screenInOrder(lists, parties, result -> {
          writer.write(result);
          tally.add(result);
          progress.done(tally.count, parties.fractionRead());
        });
        finished = true;
      } finally {
        if (finished) {
          writer.close();
        } else {
          writer.abort();
        }
      }
    }
    if (tally.count == 0) {
      stderr.println("threadline: no records found in " + String.join(", ", run.inputs()));
    }
    if (out != null) {
      stderr.println("threadline: screened " + tally.count + " records; wrote " + out);
    }
    return tally.worst;
  }

  /** How many results were written, and the worst risk among them. */
  private static final class Tally {
    long count;
    Risk worst = Risk.NONE;

    void add(ScreeningResult result) {
      count++;
      worst = Risk.worst(worst, result.risk());
    }
  }

  private Charset charset() {
    if (encoding == null) {
      return null;
    }
    try {
      return Charset.forName(encoding.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadInputException(null, -1, null, "unknown encoding '" + encoding
          + "' (try UTF-8, GB18030, GBK or Big5)");
    }
  }
}
