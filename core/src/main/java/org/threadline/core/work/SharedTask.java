package org.threadline.core.work;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;

/**
 * A piece of work that runs once, on whichever thread comes first: an executor's, or the thread
 * that needs its result. A caller that lends a pool which is busy (or shut down) still gets its
 * answer, on its own thread; nothing waits for a task that no thread will run.
 *
 * @param <T> the result
 */
public final class SharedTask<T> {
  private final FutureTask<T> task;

  /** Work not started anywhere yet: {@link #startOn} or {@link #join()} runs it. */
  public SharedTask(Callable<T> work) {
    this.task = new FutureTask<>(work);
  }

  /** Hands the work to {@code executor}; a refusal leaves it to {@link #join()}. */
  public void startOn(Executor executor) {
    try {
      executor.execute(task);
    } catch (RejectedExecutionException e) {
      // The caller runs it when it needs the result.
    }
  }

  /**
   * The result: runs the work on this thread if no other thread has started it, else waits for it.
   * A failure of the work is thrown as itself (a runtime exception or an error).
   */
  public T join() {
    task.run();
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a result", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    } catch (CancellationException e) {
      throw new IllegalStateException("the work was cancelled", e);
    }
  }

  /** Stops the work from starting if it has not (it does not interrupt a running one). */
  public void cancel() {
    task.cancel(false);
  }
}
