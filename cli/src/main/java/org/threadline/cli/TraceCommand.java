package org.threadline.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.threadline.core.goods.HtsSectorTable;
import org.threadline.core.lists.ListInfo;
import org.threadline.core.model.FindingKind;
import org.threadline.core.model.Risk;
import org.threadline.core.screening.FindingSource;
import org.threadline.core.screening.Screener;
import org.threadline.input.InputOptions;
import org.threadline.lists.StandardScreening;
import org.threadline.lists.goods.BundledGoods;
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
    // The lists load (and the matcher builds its index) while the chain is read; a problem with
    // the chain is still reported first.
    CompletableFuture<TraceEngine> engine = CompletableFuture.supplyAsync(this::engine, task -> {
      Thread loader = new Thread(task, "load lists");
      loader.setDaemon(true);
      loader.start();
    });
    SupplyChain chain = new ChainReader(UnitTable.bundled())
        .read(ChainSources.open(path, InputOptions.defaults()));
    TraceResult result = loaded(engine).trace(chain);
    if (out != null) {
      AtomicFile.write(out, stream -> write(fmt, result, stream));
    } else {
      PrintStream stdout = System.out;
      write(fmt, result, stdout);
      stdout.flush();
    }
    Risk worst = Risk.NONE;
    for (ShipmentTrace s : result.shipments()) {
      worst = Risk.worst(worst, s.verdict());
    }
    return failOn.exitCode(worst);
  }

  private void write(String fmt, TraceResult result, OutputStream stream) throws IOException {
    switch (fmt) {
      case "html" -> TraceHtml.write(result, stream);
      case "pdf" -> TracePdf.write(result, stream,
          warning -> spec.commandLine().getErr().println("threadline: " + warning));
      default -> TraceJson.write(result, stream);
    }
  }

  private static TraceEngine loaded(CompletableFuture<TraceEngine> engine) {
    try {
      return engine.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /** The one place that assembles the screening parts the trace uses. */
  private TraceEngine engine() {
    StandardScreening standard = StandardScreening.load(screening.listsDir(), screening.extraLists());
    List<FindingSource> extra = media.findingSources(standard);
    Screener screener = standard.screener(screening.threshold, extra);
    HtsSectorTable sectors = BundledGoods.sectorTable();
    ListInfo sectorTable = new ListInfo("uflpa_sectors",
        "UFLPA high-priority sectors by HTS heading", sectors.version(),
        "DHS UFLPA Strategy and updates; HTS headings derived by Threadline (data/goods)", null,
        "Apache-2.0", FindingKind.HIGH_RISK_GOOD, true, false,
        "HTS headings are a derivation: verify against the current USITC schedule", "bundled");
    return new TraceEngine(screener, standard.goods(), SectorLookup.of(sectors),
        List.of(standard.dolTvpra().info(), sectorTable));
  }
}
