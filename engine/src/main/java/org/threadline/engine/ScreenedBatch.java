package org.threadline.engine;

import java.util.List;
import org.threadline.core.model.ScreeningResult;

/**
 * The results of screening a batch of parties, in the batch's order, all against one list version.
 *
 * @param lists the list version every party was screened against
 * @param results one result per party, in input order
 */
public record ScreenedBatch(ListVersion lists, List<ScreeningResult> results) {
  public ScreenedBatch {
    results = List.copyOf(results);
  }
}
