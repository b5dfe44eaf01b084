package org.threadline.core.work;

import java.util.concurrent.Executor;

/**
 * The threads a caller lends to Threadline: an {@link Executor} and how many tasks it runs at once.
 * Threadline starts no thread of its own; work that can be split is split into at most {@code
 * parallelism} tasks, and the calling thread always takes a share, so a busy executor (or one that
 * runs nothing at all) slows a call down but never stalls it.
 *
 * @param executor runs Threadline's tasks: a pool, a fork-join pool, a virtual-thread executor, or
 *     {@link #CALLER_ONLY}'s direct one
 * @param parallelism how many tasks to split work into, counting the caller's own share; at least 1
 */
public record Workers(Executor executor, int parallelism) {
  /** Everything on the calling thread. */
  public static final Workers CALLER_ONLY = new Workers(Runnable::run, 1);

  public Workers {
    if (executor == null) {
      throw new IllegalArgumentException("executor is null");
    }
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1, got " + parallelism);
    }
  }

  /**
   * Starts {@code work} on the executor and returns it: {@link SharedTask#join()} runs it on the
   * caller instead when the executor has not started it yet.
   */
  public <T> SharedTask<T> start(java.util.concurrent.Callable<T> work) {
    SharedTask<T> task = new SharedTask<>(work);
    task.startOn(executor);
    return task;
  }
}
