package org.threadline.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.threadline.core.model.ScreeningResult;

/** Runs a writer over results into memory, as standard output. */
final class Outputs {
  private Outputs() {}

  static byte[] bytes(ScreenFormat format, List<ScreeningResult> results) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ResultWriter writer = ResultWriters.open(format, null, out, SampleResults.RUN)) {
      results.forEach(writer::write);
    }
    return out.toByteArray();
  }

  static String text(ScreenFormat format, List<ScreeningResult> results) {
    return new String(bytes(format, results), StandardCharsets.UTF_8);
  }
}
