package org.threadline.report.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.threadline.core.lists.ListInfo;
import org.threadline.core.model.Explanation;
import org.threadline.core.model.FindingKind;
import org.threadline.core.model.XinjiangNexus;
import org.threadline.core.screening.Screener;
import org.threadline.input.InputOptions;
import org.threadline.trace.TraceEngine;
import org.threadline.trace.TraceResult;
import org.threadline.trace.ingest.ChainReader;
import org.threadline.trace.ingest.ChainSources;
import org.threadline.trace.ingest.UnitTable;

/**
 * The example chains traced with a small, fixed screener (a Xinjiang nexus read from the region,
 * no list), so that the writers' golden files change only when the writers do.
 */
final class TraceFixture {
  static final ListInfo UFLPA = ListInfo.builder("uflpa")
      .title("UFLPA Entity List")
      .version("fixture-1")
      .source("test")
      .retrieved("2026-01-01")
      .licence("public domain")
      .findingKind(FindingKind.ENTITY_LIST_MATCH)
      .origin("bundled")
      .build();

  private TraceFixture() {}

  static TraceResult trace(String example) {
    Screener screener = new Screener(List.of(), party -> {
      String region = party.region() == null ? "" : party.region().toLowerCase(Locale.ROOT);
      return region.contains("xinjiang")
          ? List.of(new XinjiangNexus("address", party.region(), "65", "Xinjiang", 0.95,
              List.of(new Explanation("address", 0.95, "region names Xinjiang"))))
          : List.of();
    }, party -> List.of(), List.of(), 0.7);
    TraceEngine engine = new TraceEngine(screener, party -> List.of(),
        hts -> hts.startsWith("61") ? "apparel" : hts.startsWith("52") ? "cotton" : null,
        List.of(UFLPA), org.threadline.core.work.Workers.CALLER_ONLY);
    var source = ChainSources.open(Path.of("../examples/trace", example), InputOptions.defaults());
    return engine.trace(new ChainReader(UnitTable.bundled()).read(source));
  }

  /**
   * Asserts that {@code actual} equals the golden file {@code src/test/resources/golden/trace/
   * name}; {@code -Dgolden.update=true} rewrites it first.
   */
  static void assertGolden(String name, String actual) throws IOException {
    Path file = Path.of("src/test/resources/golden/trace").resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(actual);
  }
}
