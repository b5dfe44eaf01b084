package org.threadline.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.threadline.core.model.Risk;
import org.threadline.core.work.Workers;
import org.threadline.engine.ScreeningEngine;
import org.threadline.input.InputOptions;
import org.threadline.report.AtomicFile;
import org.threadline.report.trace.TraceHtml;
import org.threadline.report.trace.TraceJson;
import org.threadline.report.trace.TracePdf;
import org.threadline.trace.ShipmentTrace;
import org.threadline.trace.TraceResult;
import org.threadline.trace.ingest.ChainSources;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code threadline trace}: traces a supply chain to its shipments and writes the evidence. */
@Command(
    name = "trace",
    mixinStandardHelpOptions = true,
    description = {
      "Traces a supply chain (a folder of CSV files, one XLSX workbook with a sheet"
          + " per table, or one JSON object) from raw material to each shipment: a verdict per"
          + " shipment with every path from a risk source, the share traced to origin, the"
          + " mass-balance gaps and the documents CBP's guidance expects that are missing.",
      "Exit status: 0 when the trace ran, 2 for bad input, 3 when --fail-on is reached."
    })
public final class TraceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PATH",
      description = "The chain: a folder, an .xlsx workbook or a .json file.")
  Path path;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      description = "json (the trace result), html (the evidence pack) or pdf (the same,"
          + " paginated)."
          + " Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--out", paramLabel = "PATH",
      description = "Write to this file (complete or not at all); default: standard output.")
  Path out;

  @Mixin ScreeningOptions screening;
  @Mixin MediaOption media;
  @Mixin FailOnOption failOn;

  @Override
  public Integer call() throws IOException {
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!List.of("json", "html", "pdf").contains(fmt)) {
      throw new ParameterException(spec.commandLine(),
          "unknown --format '" + format + "' (expected json, html or pdf)");
    }
    TraceResult result;
    try (WorkerPool pool = new WorkerPool(Runtime.getRuntime().availableProcessors(),
        "threadline-trace")) {
      // The lists load (and the matcher builds its index) on the pool while the chain is read.
      ScreeningEngine engine = screening.engine(pool, media.articles());
      result = engine.trace(ChainSources.open(path, InputOptions.defaults()));
      Workers workers = pool.workers();
      if (out != null) {
        AtomicFile.write(out, stream -> write(fmt, result, stream, workers));
      } else {
        PrintStream stdout = System.out;
        write(fmt, result, stdout, workers);
        stdout.flush();
      }
    }
    Risk worst = Risk.NONE;
    for (ShipmentTrace s : result.shipments()) {
      worst = Risk.worst(worst, s.verdict());
    }
    return failOn.exitCode(worst);
  }

  private void write(String fmt, TraceResult result, OutputStream stream, Workers workers)
      throws IOException {
    switch (fmt) {
      case "html" -> TraceHtml.write(result, stream);
      case "pdf" -> TracePdf.write(result, stream,
          warning -> spec.commandLine().getErr().println("threadline: " + warning));
      default -> TraceJson.write(result, stream, workers);
    }
  }
}
