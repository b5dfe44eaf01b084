package org.threadline.cli;

import java.util.ArrayList;
import java.util.List;
import org.threadline.core.screening.FindingSource;
import org.threadline.lists.StandardScreening;
import org.threadline.lists.matching.BundledMatchers;
import org.threadline.media.StandardMedia;
import org.threadline.media.link.ArticleFindingSource;
import picocli.CommandLine.Option;

/** {@code --media PATH}: articles whose mentions of a party become adverse_media findings. */
public final class MediaOption {
  @Option(names = "--media", paramLabel = "PATH",
      description = "Articles (files, folders, feeds) to read for adverse media: a party the"
          + " articles name gets an adverse_media finding. Repeatable.")
  List<String> media = new ArrayList<>();

  /** The finding sources to screen with: the articles read and analysed, or none. */
  List<FindingSource> findingSources(StandardScreening standard) {
    if (media.isEmpty()) {
      return List.of();
    }
    return List.of(ArticleFindingSource.read(media,
        StandardMedia.analyser(standard.entityLists()), BundledMatchers::forEntries));
  }
}
