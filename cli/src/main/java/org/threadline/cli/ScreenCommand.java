package org.threadline.cli;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.threadline.core.BadInputException;
import org.threadline.core.model.Party;
import org.threadline.core.model.Risk;
import org.threadline.core.model.ScreeningResult;
import org.threadline.core.screening.FindingSource;
import org.threadline.core.screening.Screener;
import org.threadline.input.InputOptions;
import org.threadline.input.PartyReader;
import org.threadline.input.PartySource;
import org.threadline.lists.StandardScreening;
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
  private static final int BATCH = 256;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files of parties to screen.")
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

  private final PrintStream stdout;
  private final PrintStream stderr;

  public ScreenCommand() {
    this(System.out, System.err);
  }

  ScreenCommand(PrintStream stdout, PrintStream stderr) {
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
    try {
      for (Path file : files) {
        sources.add(PartyReader.open(file, inputOptions));
      }
      StandardScreening standard = StandardScreening.load(screening.listsDir(), screening.extraLists());
      List<FindingSource> extra = media.findingSources(standard);
      Screener screener = standard.screener(screening.threshold, extra);
      var extraColumns = new LinkedHashSet<String>();
      for (PartySource s : sources) {
        extraColumns.addAll(s.extraColumns());
      }
      var run = new ScreeningRun(standard.lists(), files.stream().map(Path::toString).toList(),
          List.copyOf(extraColumns), screening.threshold, Versions.threadline(), Instant.now());
      Risk worst = screenAll(sources, screener, fmt, run);
      return failOn.exitCode(worst);
    } finally {
      for (PartySource s : sources) {
        s.close();
      }
    }
  }

  private Risk screenAll(List<PartySource> sources, Screener screener, ScreenFormat fmt,
      ScreeningRun run) throws Exception {
    Risk worst = Risk.NONE;
    long done = 0;
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
    boolean showProgress = !quiet && ProgressMeter.terminalAttached();
    try (var progress = new ProgressMeter(stderr, showProgress)) {
      ResultWriter writer = ResultWriters.open(fmt, out, stdout, run);
      boolean finished = false;
      try {
        // Batches keep the threads busy; the bounded queue of batches keeps memory constant and
        // the output in input order.
        var inFlight = new ArrayDeque<Future<List<ScreeningResult>>>();
        for (int fileIndex = 0; fileIndex < sources.size(); fileIndex++) {
          PartySource source = sources.get(fileIndex);
          var batch = new ArrayList<Party>(BATCH);
          while (source.hasNext()) {
            batch.add(source.next());
            if (batch.size() == BATCH) {
              inFlight.add(pool.submit(screenBatch(screener, batch)));
              batch = new ArrayList<>(BATCH);
              while (inFlight.size() > threads * 2) {
                List<ScreeningResult> results = await(inFlight.poll());
                worst = write(writer, results, worst);
                done += results.size();
                progress.done(done, fractionRead(sources, fileIndex));
              }
            }
          }
          if (!batch.isEmpty()) {
            inFlight.add(pool.submit(screenBatch(screener, batch)));
          }
        }
        while (!inFlight.isEmpty()) {
          List<ScreeningResult> results = await(inFlight.poll());
          worst = write(writer, results, worst);
          done += results.size();
          progress.done(done, 1.0);
        }
        finished = true;
      } finally {
        if (finished) {
          writer.close();
        } else {
          writer.abort();
        }
      }
    } finally {
      pool.shutdownNow();
    }
    if (done == 0) {
      stderr.println("threadline: no records found in " + String.join(", ", run.inputs()));
    }
    if (out != null) {
      stderr.println("threadline: screened " + done + " records; wrote " + out);
    }
    return worst;
  }

  /** Share of all input read: files before this one count whole, this one as far as it is read. */
  private static double fractionRead(List<PartySource> sources, int current) {
    double f = sources.get(current).fractionRead();
    return f < 0 ? -1 : (current + f) / sources.size();
  }

  private static Callable<List<ScreeningResult>> screenBatch(Screener screener, List<Party> batch) {
    return () -> {
      var results = new ArrayList<ScreeningResult>(batch.size());
      for (Party p : batch) {
        results.add(screener.screen(p));
      }
      return results;
    };
  }

  private static Risk write(ResultWriter writer, List<ScreeningResult> results, Risk worst) {
    for (ScreeningResult r : results) {
      writer.write(r);
      worst = Risk.worst(worst, r.risk());
    }
    return worst;
  }

  private static <T> T await(Future<T> future) throws Exception {
    try {
      return future.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception ex) {
        throw ex;
      }
      throw e;
    }
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    return r -> {
      Thread t = new Thread(r, "threadline-screen");
      t.setDaemon(true);
      return t;
    };
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
