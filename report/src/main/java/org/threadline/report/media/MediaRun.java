package org.threadline.report.media;

import java.time.Instant;
import java.util.List;
import org.threadline.core.lists.ListInfo;

/**
 * What a media run used, for the provenance every output carries.
 *
 * @param lists the lists whose entries were looked for
 * @param dataVersions the versions of the place and cue lexicons
 * @param inputs the files, folders and URLs read
 * @param threadlineVersion the version of Threadline
 * @param startedAt when the run started
 */
public record MediaRun(
    List<ListInfo> lists, List<String> dataVersions, List<String> inputs, String threadlineVersion,
    Instant startedAt) {
  public MediaRun {
    lists = List.copyOf(lists);
    dataVersions = List.copyOf(dataVersions);
    inputs = List.copyOf(inputs);
  }
}
