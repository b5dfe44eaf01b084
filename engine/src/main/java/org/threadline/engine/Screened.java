package org.threadline.engine;

import org.threadline.core.model.ScreeningResult;

/**
 * One party's screening result and the list version that produced it.
 *
 * @param result the result (contract "Screening result")
 * @param lists the list version the party was screened against
 */
public record Screened(ScreeningResult result, ListVersion lists) {}
