package org.threadline.core.matching;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

/**
 * A small, bounded pool of reusable work areas (arrays a comparison fills and forgets), shared by
 * every thread that calls in: platform threads of a pool, a server's virtual threads, a Spark
 * executor's task threads. Unlike a thread-local, it holds at most {@code slots} areas however
 * many threads come and go, and it takes no lock: a caller claims a free slot's area (or makes a
 * new one when none is free) and puts it back when done.
 *
 * @param <T> the work area
 */
final class ScratchPool<T> {
  private final AtomicReferenceArray<T> slots;
  private final Supplier<T> factory;

  /**
   * @param slots how many areas to keep at most; at least 1
   * @param factory makes an area when none is free
   */
  ScratchPool(int slots, Supplier<T> factory) {
    if (slots < 1) {
      throw new IllegalArgumentException("a scratch pool needs at least one slot, got " + slots);
    }
    this.slots = new AtomicReferenceArray<>(slots);
    this.factory = factory;
  }

  /** A pool sized for the machine: two areas a core. */
  static <T> ScratchPool<T> forCores(Supplier<T> factory) {
    return new ScratchPool<>(Math.max(2, 2 * Runtime.getRuntime().availableProcessors()), factory);
  }

  /** A free area, or a new one. */
  T take() {
    int n = slots.length();
    int start = start(n);
    for (int i = 0; i < n; i++) {
      T t = slots.getAndSet((start + i) % n, null);
      if (t != null) {
        return t;
      }
    }
    return factory.get();
  }

  /** Puts an area back; dropped when every slot is taken. */
  void give(T area) {
    int n = slots.length();
    int start = start(n);
    for (int i = 0; i < n; i++) {
      if (slots.compareAndSet((start + i) % n, null, area)) {
        return;
      }
    }
  }

  // Threads start at different slots, so that they seldom contend for the same one.
  private static int start(int n) {
    return (int) ((Thread.currentThread().getId() * 0x9E3779B97F4A7C15L >>> 33) % n);
  }
}
