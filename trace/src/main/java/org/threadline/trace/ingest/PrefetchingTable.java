package org.threadline.trace.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads a table's rows on a second thread, a batch at a time, while the caller validates the rows
 * already read: parsing a five-million-row file and resolving its references then share the two
 * cores instead of taking turns. A failure of the reading thread (a malformed row) reaches the
 * caller at the row where it happened, as the same exception.
 */
final class PrefetchingTable implements ChainTable {
  private static final int BATCH = 2048;
  private static final List<ChainRow> END = List.of();

  private final ChainTable source;
  private final BlockingQueue<Object> batches = new ArrayBlockingQueue<>(8);
  private final Thread reader;
  private List<ChainRow> current = new ArrayList<>();
  private int position;
  private boolean ended;
  private volatile boolean closed;

  PrefetchingTable(ChainTable source) {
    this.source = source;
    this.reader = new Thread(this::readAll, "read " + source.fileName());
    reader.setDaemon(true);
    reader.start();
  }

  private void readAll() {
    try {
      List<ChainRow> batch = new ArrayList<>(BATCH);
      while (!closed && source.hasNext()) {
        batch.add(source.next());
        if (batch.size() == BATCH) {
          batches.put(batch);
          batch = new ArrayList<>(BATCH);
        }
      }
      if (!batch.isEmpty()) {
        batches.put(batch);
      }
      batches.put(END);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      try {
        batches.put(e);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public String fileName() {
    return source.fileName();
  }

  @Override
  public List<String> header() {
    return source.header();
  }

  @Override
  public boolean hasNext() {
    while (!ended && position == current.size()) {
      Object next;
      try {
        next = batches.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading " + source.fileName(), e);
      }
      if (next instanceof RuntimeException failure) {
        ended = true;
        throw failure;
      }
      @SuppressWarnings("unchecked")
      List<ChainRow> batch = (List<ChainRow>) next;
      if (batch == END) {
        ended = true;
      } else {
        current = batch;
        position = 0;
      }
    }
    return position < current.size();
  }

  @Override
  public ChainRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.get(position++);
  }

  @Override
  public void close() {
    closed = true;
    reader.interrupt();
    try {
      reader.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    source.close();
  }
}
