package org.threadline.engine;

import java.util.List;
import org.threadline.core.work.Workers;
import org.threadline.media.ingest.Article;

/**
 * What an engine is built with besides its lists; the same for every list version.
 *
 * @param threshold the lowest list-match score reported, in [0,1]
 * @param candidates how many candidate names the matcher scores per query name
 * @param workers the caller's threads
 * @param adverseMedia articles whose mentions of a party become adverse_media findings
 */
record EngineSettings(
    double threshold, int candidates, Workers workers, List<Article> adverseMedia) {
  EngineSettings {
    adverseMedia = List.copyOf(adverseMedia);
  }
}
