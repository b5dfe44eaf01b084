package org.threadline.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.threadline.core.lists.ListInfo;

/**
 * What every output of a screening run says about the run itself: which list versions produced
 * the results, from which inputs, with which threshold and program version.
 *
 * @param lists the provenance of every list and table the screener used, in order
 * @param inputs the input files as the user named them
 * @param extraColumns the input columns carried through untouched, in the order CSV and XLSX
 *     write them (after the contract "Screening input" columns)
 * @param threshold the lowest list-match score reported
 * @param threadlineVersion the program version
 * @param startedAt when the run started; written as the output's {@code generated} time
 */
public record ScreeningRun(
    List<ListInfo> lists,
    List<String> inputs,
    List<String> extraColumns,
    double threshold,
    String threadlineVersion,
    Instant startedAt) {

  public ScreeningRun {
    lists = List.copyOf(lists);
    inputs = List.copyOf(inputs);
    extraColumns = List.copyOf(extraColumns);
    Objects.requireNonNull(threadlineVersion, "threadlineVersion");
    Objects.requireNonNull(startedAt, "startedAt");
  }
}
