package org.threadline.trace.ingest;

import java.util.Iterator;
import java.util.List;

/**
 * The rows of one table of a supply chain (parties, products, flows, ...), read one at a time.
 */
public interface ChainTable extends Iterator<ChainRow>, AutoCloseable {

  /** The file name to put in messages. */
  String fileName();

  /** The header, as the file writes it. */
  List<String> header();

  @Override
  void close();
}
