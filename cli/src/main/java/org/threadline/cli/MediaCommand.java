package org.threadline.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.threadline.core.model.Party;
import org.threadline.core.model.ScreeningResult;
import org.threadline.engine.MediaReport;
import org.threadline.engine.ScreeningEngine;
import org.threadline.input.InputOptions;
import org.threadline.input.PartyReader;
import org.threadline.input.PartySource;
import org.threadline.media.analysis.ArticleAnalysis;
import org.threadline.media.ingest.ArticleReader;
import org.threadline.report.AtomicFile;
import org.threadline.report.media.MediaFormat;
import org.threadline.report.media.MediaRun;
import org.threadline.report.media.MediaWriter;
import org.threadline.report.media.MediaWriters;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code threadline media PATH...}: reads reports and news and says, per article, whether it is
 * about forced labour, what it alleges, about whom and where (contract "Media result"), linked to
 * the user's suppliers with {@code --suppliers}.
 */
@Command(
    name = "media",
    mixinStandardHelpOptions = true,
    description = "Reads articles (plain text, HTML pages, RSS/Atom feeds; files, folders or http(s) URLs)"
        + " and reports, per article, its forced-labour relevance, stance, topics, ILO indicators,"
        + " places, sectors, organisations and the list entries it names, with the offsets of the"
        + " supporting text. Default output: JSON Lines on standard output, one object per article.")
public final class MediaCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Article files (.txt, .md, .html, .htm, .xml, .rss, .atom), folders of them, or http(s) URLs.")
  List<String> paths;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
      description = "jsonl (default), json or html (a digest ranked by relevance, evidence highlighted).")
  String format;

  @Option(names = "--suppliers", paramLabel = "FILE",
      description = "The user's suppliers (a file of parties, as screen reads): articles that"
          + " name one get supplier_links,"
          + " and the supplier an adverse_media finding.")
  Path suppliers;

  @Option(names = "--out", paramLabel = "PATH", description = "Write here instead of standard output.")
  Path out;

  @Mixin ListOptions lists;

  @Override
  public Integer call() throws IOException {
    MediaFormat mediaFormat = format();
    // Articles are read one after the other: the calling thread is all the engine needs.
    ScreeningEngine engine = ScreeningEngine.builder(lists.source()).build();
    List<Party> parties = suppliers == null ? List.of() : readParties(suppliers);
    MediaReport report = engine.media(new ArticleReader().read(paths), parties);
    MediaRun run = new MediaRun(report.lists(), report.dataVersions(), paths, version(),
        Instant.now());
    if (out == null) {
      write(System.out, mediaFormat, run, report);
    } else {
      AtomicFile.write(out, os -> write(os, mediaFormat, run, report));
    }
    return ThreadlineCommand.EXIT_OK;
  }

  private static void write(OutputStream os, MediaFormat format, MediaRun run, MediaReport report)
      throws IOException {
    try (MediaWriter writer = MediaWriters.open(format, os, run)) {
      for (ArticleAnalysis a : report.articles()) {
        writer.write(a);
      }
      for (ScreeningResult supplier : report.suppliers()) {
        writer.writeSupplier(supplier);
      }
    }
  }

  private MediaFormat format() {
    try {
      return MediaFormat.of(format);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--format must be jsonl, json or html, not '" + format.toLowerCase(Locale.ROOT) + "'");
    }
  }

  private static List<Party> readParties(Path file) {
    List<Party> parties = new ArrayList<>();
    try (PartySource source = PartyReader.open(file, InputOptions.defaults())) {
      source.forEachRemaining(parties::add);
    }
    return parties;
  }

  private static String version() {
    return ThreadlineCommand.class.getAnnotation(Command.class).version()[0];
  }
}
