package org.threadline.media.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.threadline.core.BadInputException;
import org.threadline.lists.bundled.BundledData;
import org.threadline.media.ingest.Article;
import org.threadline.media.ingest.ArticleReader;

/**
 * The labelled media corpus: {@code labels.csv} (columns {@code file, relevant, stance, places,
 * indicators, list_mentions}; several values separated by {@code ;}) and the articles under
 * {@code articles/}. Bundled under {@code data/eval/media/}, or read from any folder of the same
 * layout.
 */
public final class MediaCorpus {
  private static final String BUNDLED = "eval/media/";

  private MediaCorpus() {}

  /** The corpus bundled with Threadline. */
  public static List<LabelledArticle> bundled() {
    return read(BundledData.lines(BUNDLED + "labels.csv"), "data/eval/media/labels.csv", file -> {
      try (InputStream in = BundledData.open(BUNDLED + "articles/" + file)) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** A corpus in a folder with {@code labels.csv} and {@code articles/}. */
  public static List<LabelledArticle> from(Path folder) {
    Path labels = folder.resolve("labels.csv");
    List<String> lines;
    try {
      lines = Files.readAllLines(labels, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BadInputException(labels.toString(), -1, null, "cannot read the labels: " + e.getMessage(), e);
    }
    return read(lines, labels.toString(), file -> {
      Path p = folder.resolve("articles").resolve(file);
      try {
        return Files.readAllBytes(p);
      } catch (IOException e) {
        throw new BadInputException(labels.toString(), -1, "file", "cannot read article " + p + ": " + e.getMessage(), e);
      }
    });
  }

  private static List<LabelledArticle> read(List<String> lines, String labelsName, Function<String, byte[]> open) {
    ArticleReader reader = new ArticleReader();
    List<LabelledArticle> out = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (Reader r = new StringReader(String.join("\n", lines))) {
      for (CSVRecord rec : format.parse(r)) {
        String file = rec.get("file");
        String ext = file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        List<Article> articles = reader.parse(open.apply(file), ext, file, file);
        if (articles.size() != 1) {
          throw new BadInputException(labelsName, rec.getRecordNumber(), "file", file + " holds " + articles.size() + " articles, not one");
        }
        out.add(new LabelledArticle(articles.get(0), rec.get("relevant").equals("yes"), rec.get("stance"),
            values(rec.get("places")), values(rec.get("indicators")), values(rec.get("list_mentions"))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Set<String> values(String cell) {
    Set<String> out = new LinkedHashSet<>();
    Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
    return out;
  }
}
