package org.threadline.trace.ingest;

import java.util.Map;

/**
 * One data row of one table of a supply chain, however it was stored.
 *
 * @param file the file the row came from, as the user will recognise it ({@code flows.csv},
 *     {@code chain.xlsx[flows]}, {@code chain.json[flows]})
 * @param row the 1-based data row
 * @param cells the cells, keyed by the table's own header text
 */
public record ChainRow(String file, long row, Map<String, String> cells) {}
