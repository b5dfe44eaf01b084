package org.threadline.cli;

import java.util.ArrayList;
import java.util.List;
import org.threadline.media.ingest.Article;
import org.threadline.media.ingest.ArticleReader;
import picocli.CommandLine.Option;

/** {@code --media PATH}: articles whose mentions of a party become adverse_media findings. */
public final class MediaOption {
  @Option(names = "--media", paramLabel = "PATH",
      description = "Articles (files, folders, feeds) to read for adverse media: a party the"
          + " articles name gets an adverse_media finding. Repeatable.")
  List<String> media = new ArrayList<>();

  /** The articles read from every {@code --media} location, or none. */
  List<Article> articles() {
    return media.isEmpty() ? List.of() : new ArticleReader().read(media);
  }
}
