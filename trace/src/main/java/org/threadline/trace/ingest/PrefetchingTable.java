package org.threadline.trace.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

/**
 * Reads a table's rows on a second thread, a batch at a time, while the caller validates the rows
 * already read: parsing a five-million-row file and resolving its references then share the two
 * cores instead of taking turns. The caller may hand part of its work on each row to that thread
 * ({@link #prepare}). A failure of the reading thread (a malformed row) reaches the caller at the
 * row where it happened, as the same exception.
 */
final class PrefetchingTable implements ChainTable {
  private static final int BATCH = 2048;
  private static final Batch END = new Batch(List.of(), null);

  private final ChainTable source;
  private final BlockingQueue<Object> batches = new ArrayBlockingQueue<>(8);
  private final Thread reader;
  private Function<ChainRow, ?> preparer;
  private Batch current = new Batch(List.of(), null);
  private int position;
  private boolean started;
  private boolean ended;
  private volatile boolean closed;

  /** Rows read, and what the preparer made of each (null without a preparer). */
  private record Batch(List<ChainRow> rows, Object[] prepared) {}

  PrefetchingTable(ChainTable source) {
    this.source = source;
    this.reader = new Thread(this::readAll, "read " + source.fileName());
    reader.setDaemon(true);
  }

  /**
   * Has {@code preparer} applied to every row on the reading thread, ahead of the caller, who
   * finds the result with {@link #prepared()}. Call before the first row. The preparer must not
   * throw, and must read only what nobody changes while the table is read.
   */
  void prepare(Function<ChainRow, ?> rowPreparer) {
    if (started) {
      throw new IllegalStateException("rows are being read already");
    }
    this.preparer = rowPreparer;
  }

  /**
   * What {@code preparer} makes of each row of {@code table}, as a function of the row the
   * caller has just taken: worked out ahead on the table's reading thread when it has one (see
   * {@link #prepare}), else on the caller's.
   */
  @SuppressWarnings("unchecked")
  static <T> Function<ChainRow, T> ahead(ChainTable table, Function<ChainRow, T> preparer) {
    if (table instanceof PrefetchingTable prefetching) {
      prefetching.prepare(preparer);
      return row -> (T) prefetching.prepared();
    }
    return preparer;
  }

  /** What the preparer made of the row {@link #next()} returned last. */
  Object prepared() {
    return current.prepared[position - 1];
  }

  private void readAll() {
    try {
      List<ChainRow> batch = new ArrayList<>(BATCH);
      while (!closed && source.hasNext()) {
        batch.add(source.next());
        if (batch.size() == BATCH) {
          batches.put(prepared(batch));
          batch = new ArrayList<>(BATCH);
        }
      }
      if (!batch.isEmpty()) {
        batches.put(prepared(batch));
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

  private Batch prepared(List<ChainRow> rows) {
    if (preparer == null) {
      return new Batch(rows, null);
    }
    Object[] made = new Object[rows.size()];
    for (int i = 0; i < made.length; i++) {
      made[i] = preparer.apply(rows.get(i));
    }
    return new Batch(rows, made);
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
    if (!started) {
      started = true;
      reader.start();
    }
    while (!ended && position == current.rows.size()) {
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
      Batch batch = (Batch) next;
      if (batch == END) {
        ended = true;
      } else {
        current = batch;
        position = 0;
      }
    }
    return position < current.rows.size();
  }

  @Override
  public ChainRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.rows.get(position++);
  }

  @Override
  public void close() {
    closed = true;
    if (started) {
      reader.interrupt();
      try {
        reader.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    source.close();
  }
}
