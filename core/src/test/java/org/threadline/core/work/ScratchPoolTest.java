package org.threadline.core.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ScratchPoolTest {
  @Test
  void aScratchGivenBackIsTakenAgainInsteadOfANewOne() {
    AtomicInteger made = new AtomicInteger();
    ScratchPool<int[]> pool = new ScratchPool<>(() -> new int[made.incrementAndGet()], 2);
    int[] first = pool.take();
    pool.give(first);
    assertThat(pool.take()).isSameAs(first);
    assertThat(made).hasValue(1);
  }

  @Test
  void noMoreThanTheCapacityIsKept() {
    AtomicInteger made = new AtomicInteger();
    ScratchPool<Object> pool = new ScratchPool<>(() -> made.incrementAndGet(), 2);
    Object a = pool.take();
    Object b = pool.take();
    Object c = pool.take();
    pool.give(a);
    pool.give(b);
    pool.give(c);
    pool.take();
    pool.take();
    pool.take();
    assertThat(made).hasValue(4);
  }
}
