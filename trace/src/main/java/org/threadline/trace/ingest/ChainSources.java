package org.threadline.trace.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.threadline.core.BadInputException;
import org.threadline.input.InputOptions;
import org.threadline.input.TableReader;
import org.threadline.input.TableRow;
import org.threadline.input.TableSource;

/**
 * Opens a supply chain where the user keeps it (contract "Supply chain on disk"): a folder holding
 * {@code parties.csv}, {@code flows.csv} and the rest (CSV, TSV, XLSX, JSON array or JSON Lines
 * files, named by table), one XLSX workbook with a sheet per table, or one JSON object with a key
 * per table. Table files are read with the input module's {@link TableReader}.
 */
public final class ChainSources {
  private static final List<String> EXTENSIONS =
      List.of(".csv", ".tsv", ".txt", ".xlsx", ".json", ".jsonl", ".ndjson");

  private ChainSources() {}

  /** Opens the chain at {@code path}. */
  public static ChainSource open(Path path, InputOptions options) {
    if (Files.isDirectory(path)) {
      return new Folder(path, options);
    }
    if (!Files.isRegularFile(path)) {
      throw new BadInputException(path.toString(), -1, null, "no such file or folder");
    }
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".xlsx")) {
      return new Workbook(path, options);
    }
    if (name.endsWith(".json")) {
      return JsonChainSource.read(path);
    }
    throw new BadInputException(path.toString(), -1, null, "expected a folder of CSV files, an"
        + " XLSX workbook with a sheet per table, or a JSON object with a key per table");
  }

  private static ChainTable adapt(TableSource source, String fileName) {
    return new ChainTable() {
      @Override
      public String fileName() {
        return fileName;
      }

      @Override
      public List<String> header() {
        return source.header();
      }

      @Override
      public boolean hasNext() {
        return source.hasNext();
      }

      @Override
      public ChainRow next() {
        TableRow r = source.next();
        return new ChainRow(fileName, r.row(), r.cells());
      }

      @Override
      public void close() {
        source.close();
      }
    };
  }

  private record Folder(Path folder, InputOptions options) implements ChainSource {
    @Override
    public String name() {
      return folder.toString();
    }

    @Override
    public ChainTable open(String table) {
      Path found = null;
      try (Stream<Path> files = Files.list(folder)) {
        for (Path p : (Iterable<Path>) files.sorted()::iterator) {
          String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
          for (String ext : EXTENSIONS) {
            if (n.equals(table + ext)) {
              if (found != null) {
                throw new BadInputException(folder.toString(), -1, null, "two files for the '"
                    + table + "' table: " + found.getFileName() + " and " + p.getFileName());
              }
              found = p;
            }
          }
        }
      } catch (IOException e) {
        throw new BadInputException(folder.toString(), -1, null,
            "cannot list the folder: " + e.getMessage(), e);
      }
      if (found == null) {
        return null;
      }
      return adapt(TableReader.open(found, options), found.getFileName().toString());
    }
  }

  private record Workbook(Path file, InputOptions options) implements ChainSource {
    @Override
    public String name() {
      return file.toString();
    }

    @Override
    public ChainTable open(String table) {
      for (String sheet : TableReader.sheetNames(file)) {
        if (sheet.strip().equalsIgnoreCase(table)) {
          return adapt(TableReader.openSheet(file, sheet, options),
              file.getFileName() + "[" + sheet + "]");
        }
      }
      return null;
    }
  }
}
