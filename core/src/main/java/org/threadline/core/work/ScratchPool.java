package org.threadline.core.work;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Reusable scratch objects (buffers, caches) shared by every thread that calls a method needing
 * one, instead of one per thread: a server with a virtual thread per request would otherwise make
 * one per request. A caller takes one, uses it alone, and gives it back; at most {@code capacity}
 * are kept between calls, any more are left to the collector.
 *
 * @param <T> the scratch object
 */
public final class ScratchPool<T> {
  private final Supplier<T> factory;
  private final int capacity;
  private final ConcurrentLinkedQueue<T> free = new ConcurrentLinkedQueue<>();
  private final AtomicInteger kept = new AtomicInteger();

  /**
   * @param factory makes a new scratch object when none is free
   * @param capacity how many to keep between calls, at least 1
   */
  public ScratchPool(Supplier<T> factory, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
    }
    this.factory = factory;
    this.capacity = capacity;
  }

  /** A pool keeping as many as the machine has cores, and a few more. */
  public static <T> ScratchPool<T> perCore(Supplier<T> factory) {
    return new ScratchPool<>(factory, Runtime.getRuntime().availableProcessors() + 2);
  }

  /** A free scratch object, or a new one; give it back with {@link #give} when done. */
  public T take() {
    T t = free.poll();
    if (t == null) {
      return factory.get();
    }
    kept.decrementAndGet();
    return t;
  }

  /** Returns a scratch object taken from this pool; nobody may use it afterwards. */
  public void give(T t) {
    if (kept.incrementAndGet() <= capacity) {
      free.offer(t);
    } else {
      kept.decrementAndGet();
    }
  }
}
