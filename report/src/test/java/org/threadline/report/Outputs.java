package org.threadline.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.threadline.core.model.ScreeningResult;

/** Runs writers over results into memory, as standard output, and looks at what they left. */
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

  /** How many files a folder holds, hidden ones (a writer's temporary files) included. */
  static long filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.count();
    }
  }
}
