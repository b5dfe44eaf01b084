package org.threadline.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.threadline.core.BadInputException;
import org.threadline.core.model.Risk;
import org.threadline.core.screening.Screener;
import org.threadline.input.InputOptions;
import org.threadline.report.AtomicFile;
import org.threadline.report.trace.TraceHtml;
import org.threadline.report.trace.TraceJson;
import org.threadline.report.trace.TracePdf;
import org.threadline.trace.ShipmentTrace;
import org.threadline.trace.TraceEngine;
import org.threadline.trace.TraceResult;
import org.threadline.trace.ingest.ChainReader;
import org.threadline.trace.ingest.ChainSources;
import org.threadline.trace.ingest.UnitTable;
import org.threadline.trace.model.SupplyChain;
import org.threadline.trace.risk.SectorLookup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code threadline trace}: traces a supply chain to its shipments and writes the evidence. */
@Command(
    name = "trace",
    mixinStandardHelpOptions = true,
    description = {
      "Traces a supply chain (Contract 4: a folder of CSV files, one XLSX workbook with a sheet"
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
      description = "json (Contract 5), html (the evidence pack) or pdf (the same, paginated)."
          + " Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--out", paramLabel = "PATH",
      description = "Write to this file (complete or not at all); default: standard output.")
  Path out;

  @Option(names = "--list", paramLabel = "FILE",
      description = "Add a list of your own (CSV id,name,aliases,country,notes or FollowTheMoney"
          + " JSON Lines); repeatable.")
  List<Path> lists = new ArrayList<>();

  @Option(names = "--threshold", paramLabel = "X", defaultValue = "0.7",
      description = "Lowest name-match score reported, in [0,1]. Default: ${DEFAULT-VALUE}.")
  double threshold;

  @Option(names = "--fail-on", paramLabel = "LEVEL",
      description = "Exit 3 when any shipment's verdict is LEVEL or worse"
          + " (critical, high, medium, low).")
  String failOn;

  @Override
  public Integer call() throws IOException {
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!List.of("json", "html", "pdf").contains(fmt)) {
      throw new BadInputException(null, -1, "--format",
          "unknown format '" + format + "' (expected json, html or pdf)");
    }
    Risk failLevel = null;
    if (failOn != null) {
      try {
        failLevel = Risk.ofCode(failOn);
      } catch (IllegalArgumentException e) {
        throw new BadInputException(null, -1, "--fail-on", e.getMessage());
      }
    }
    SupplyChain chain = new ChainReader(UnitTable.bundled())
        .read(ChainSources.open(path, InputOptions.defaults()));
    TraceResult result = engine().trace(chain);
    if (out != null) {
      AtomicFile.write(out, stream -> write(fmt, result, stream));
    } else {
      PrintStream stdout = System.out;
      write(fmt, result, stdout);
      stdout.flush();
    }
    if (failLevel != null) {
      for (ShipmentTrace s : result.shipments()) {
        if (s.verdict().atLeast(failLevel)) {
          return ThreadlineCommand.EXIT_FAIL_ON;
        }
      }
    }
    return ThreadlineCommand.EXIT_OK;
  }

  private void write(String fmt, TraceResult result, OutputStream stream) throws IOException {
    switch (fmt) {
      case "html" -> TraceHtml.write(result, stream);
      case "pdf" -> TracePdf.write(result, stream,
          warning -> spec.commandLine().getErr().println("threadline: " + warning));
      default -> TraceJson.write(result, stream);
    }
  }

  /** The one place that assembles the screening parts the trace uses. */
  private TraceEngine engine() {
    Screener screener = new Screener(List.of(), party -> List.of(), party -> List.of(),
        List.of(), threshold);
    return new TraceEngine(screener, party -> List.of(), SectorLookup.none(), List.of());
  }
}
