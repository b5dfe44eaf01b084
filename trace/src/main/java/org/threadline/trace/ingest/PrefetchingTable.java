package org.threadline.trace.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Reads a table's rows on one of the caller's worker threads, a batch at a time, while the caller
 * validates the rows already read: parsing a five-million-row file and resolving its references
 * then share the two cores instead of taking turns. The caller may hand part of its work on each
 * row to that thread ({@link #prepare}). A failure of the reading task (a malformed row) reaches
 * the caller at the row where it happened, as the same exception. When no worker takes the
 * reading up soon (the executor is busy), the caller reads the table itself.
 */
final class PrefetchingTable implements ChainTable {
  private static final int BATCH = 2048;
  private static final Batch END = new Batch(List.of(), null);
  /** How long the caller waits for a worker to take up the reading before it reads itself. */
  private static final long TAKE_UP_MILLIS = 20;

  private static final int UNCLAIMED = 0;
  private static final int WORKER = 1;
  private static final int CALLER = 2;

  private final ChainTable source;
  private final Executor executor;
  private final BlockingQueue<Object> batches = new ArrayBlockingQueue<>(8);
  /** Who reads the source: nobody yet, a worker, or the caller; changed under this lock. */
  private volatile int reader = UNCLAIMED;
  private Function<ChainRow, ?> preparer;
  private Batch current = new Batch(List.of(), null);
  private int position;
  private boolean started;
  private boolean ended;
  private volatile boolean closed;
  private Thread worker;
  /** What the preparer made of the last row, when the caller reads the table itself. */
  private Object preparedHere;

  /** Rows read, and what the preparer made of each (null without a preparer). */
  private record Batch(List<ChainRow> rows, Object[] prepared) {}

  PrefetchingTable(ChainTable source, Executor executor) {
    this.source = source;
    this.executor = executor;
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
    return reader == CALLER ? preparedHere : current.prepared[position - 1];
  }

  private void readAll() {
    synchronized (this) {
      if (reader != UNCLAIMED) {
        return;
      }
      reader = WORKER;
      worker = Thread.currentThread();
    }
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
      // Closed: the caller stopped reading.
    } catch (RuntimeException e) {
      try {
        batches.put(e);
      } catch (InterruptedException interrupted) {
        // Closed while failing: nobody is reading any more.
      }
    } finally {
      synchronized (this) {
        worker = null;
        // A pooled thread goes back clean.
        Thread.interrupted();
        notifyAll();
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
      executor.execute(this::readAll);
    }
    if (reader == CALLER) {
      return source.hasNext();
    }
    while (!ended && position == current.rows.size()) {
      Object next = take();
      if (next == null) {
        if (claimForCaller()) {
          return source.hasNext();
        }
        continue;
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

  /** The next batch; null when no worker has taken the reading up yet. */
  private Object take() {
    try {
      return reader == WORKER
          ? batches.take()
          : batches.poll(TAKE_UP_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading " + source.fileName(), e);
    }
  }

  @Override
  public ChainRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    if (reader == CALLER) {
      ChainRow row = source.next();
      preparedHere = preparer == null ? null : preparer.apply(row);
      return row;
    }
    return current.rows.get(position++);
  }

  /** Takes the reading over when no worker has started it; false when one has. */
  private synchronized boolean claimForCaller() {
    if (reader == UNCLAIMED) {
      reader = CALLER;
    }
    return reader == CALLER;
  }

  @Override
  public void close() {
    closed = true;
    if (started && !claimForCaller()) {
      stopWorker();
    }
    source.close();
  }

  /** Stops the worker (blocked on a full queue, or between rows) and waits until it lets go. */
  private synchronized void stopWorker() {
    boolean interrupted = false;
    while (worker != null) {
      worker.interrupt();
      batches.clear();
      try {
        wait(10);
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
