package org.threadline.cli;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.threadline.core.work.Workers;

/**
 * The threads a command lends the screening engine: a fixed pool of daemon threads, shut down
 * when the command ends (a daemon thread never keeps the process alive after a failure).
 */
final class WorkerPool implements AutoCloseable {
  private final ExecutorService executor;
  private final int size;

  WorkerPool(int size, String name) {
    this.size = size;
    this.executor = Executors.newFixedThreadPool(size, task -> {
      Thread t = new Thread(task, name);
      t.setDaemon(true);
      return t;
    });
  }

  /** The pool as the engine and the writers take it. */
  Workers workers() {
    return new Workers(executor, size);
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
