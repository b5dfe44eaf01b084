package org.threadline.core.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SharedTaskTest {
  @Test
  void workTheExecutorNeverStartsRunsOnTheCallerOnce() {
    AtomicInteger runs = new AtomicInteger();
    Workers idle = new Workers(task -> {}, 4);
    SharedTask<String> task =
        idle.start(
            () -> {
              runs.incrementAndGet();
              return Thread.currentThread().getName();
            });
    assertThat(task.join()).isEqualTo(Thread.currentThread().getName());
    assertThat(task.join()).isEqualTo(Thread.currentThread().getName());
    assertThat(runs).hasValue(1);
  }

  @Test
  void workAPoolHasStartedIsWaitedFor() throws InterruptedException {
    ExecutorService pool = Executors.newSingleThreadExecutor(r -> new Thread(r, "pool worker"));
    try {
      CountDownLatch started = new CountDownLatch(1);
      SharedTask<String> task =
          new Workers(pool, 2)
              .start(
                  () -> {
                    started.countDown();
                    Thread.sleep(50);
                    return Thread.currentThread().getName();
                  });
      started.await();
      assertThat(task.join()).isEqualTo("pool worker");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFailureReachesTheCallerAsItself() {
    SharedTask<Void> task =
        Workers.CALLER_ONLY.start(
            () -> {
              throw new IllegalArgumentException("bad row");
            });
    assertThatThrownBy(task::join)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bad row");
  }

  @Test
  void aRefusingExecutorLeavesTheWorkToTheCaller() {
    ExecutorService shut = Executors.newSingleThreadExecutor();
    shut.shutdown();
    assertThat(new Workers(shut, 2).start(() -> 42).join()).isEqualTo(42);
  }
}
