package org.threadline.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.threadline.core.BadInputException;

/** Opens the {@link ResultWriter} of a format, to a file or to standard output. */
public final class ResultWriters {
  private ResultWriters() {}

  /**
   * Opens a writer.
   *
   * @param format the output format
   * @param outOrNull the file to write (atomically: it appears when the writer is closed, and a
   *     failed run leaves no file behind), or null for standard output
   * @param stdout standard output; flushed, never closed
   * @param run the run every output describes (list versions, inputs, extra columns)
   * @throws BadInputException when {@code outOrNull} is a folder or its folder does not exist or
   *     cannot be written to
   */
  public static ResultWriter open(
      ScreenFormat format, Path outOrNull, OutputStream stdout, ScreeningRun run) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(run, "run");
    Destination destination = outOrNull == null
        ? Destination.stdout(Objects.requireNonNull(stdout, "stdout"))
        : fileDestination(outOrNull);
    try {
      return open(format, destination, run);
    } catch (IOException e) {
      destination.abort();
      throw new BadInputException(
          destination.name(), -1, null, "cannot write the output: " + e.getMessage(), e);
    } catch (RuntimeException | Error e) {
      destination.abort();
      throw e;
    }
  }

  private static ResultWriter open(ScreenFormat format, Destination destination, ScreeningRun run)
      throws IOException {
    switch (format) {
      case JSONL:
        return new JsonLinesWriter(destination, run);
      case JSON:
        return new JsonDocumentWriter(destination, run);
      case CSV:
        return new CsvResultWriter(destination, run);
      case XLSX:
        return new XlsxResultWriter(destination, run);
      case HTML:
        return new HtmlReportWriter(destination, run);
    }
    throw new IllegalArgumentException("unknown format " + format);
  }

  private static Destination fileDestination(Path out) {
    String name = out.toString();
    if (Files.isDirectory(out)) {
      throw new BadInputException(name, -1, null, "is a folder; give a file name to write to");
    }
    Path folder = out.toAbsolutePath().getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new BadInputException(name, -1, null,
          "the folder " + (folder == null ? "" : folder + " ") + "does not exist");
    }
    try {
      return Destination.file(out);
    } catch (AccessDeniedException e) {
      throw new BadInputException(name, -1, null,
          "cannot create a file in " + folder + " (permission denied)", e);
    } catch (IOException e) {
      throw new BadInputException(name, -1, null,
          "cannot create a file in " + folder + ": " + e.getMessage(), e);
    }
  }
}
