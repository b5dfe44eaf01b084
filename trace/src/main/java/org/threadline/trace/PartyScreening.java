package org.threadline.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.threadline.core.model.ScreeningResult;
import org.threadline.core.screening.Screener;
import org.threadline.trace.model.SupplyChain;

/**
 * Screens every party of a chain, a run of parties at a time, on helper threads from the moment
 * it is made, and on the caller's thread too once it calls {@link #finish()}: the caller does
 * other work meanwhile (the graph, the balance), and no core waits at either end.
 */
final class PartyScreening {
  /** Parties screened per claim. */
  private static final int RUN = 256;

  private final Screener screener;
  private final SupplyChain chain;
  private final ScreeningResult[] results;
  private final AtomicInteger nextRun = new AtomicInteger();
  private final List<Thread> helpers = new ArrayList<>();
  private volatile Throwable failure;
  private volatile boolean abandoned;

  PartyScreening(Screener screener, SupplyChain chain) {
    this.screener = screener;
    this.chain = chain;
    this.results = new ScreeningResult[chain.parties().size()];
    int cores = Runtime.getRuntime().availableProcessors();
    int count = Math.min(Math.max(1, cores - 1), (results.length + RUN - 1) / RUN);
    for (int i = 0; i < count; i++) {
      Thread helper = new Thread(this::screenRuns, "screen parties " + (i + 1));
      helper.setDaemon(true);
      helpers.add(helper);
      helper.start();
    }
  }

  private void screenRuns() {
    try {
      int run;
      while (!abandoned && (run = nextRun.getAndIncrement()) * (long) RUN < results.length) {
        int end = Math.min(results.length, (run + 1) * RUN);
        for (int p = run * RUN; p < end; p++) {
          results[p] = screener.screen(chain.party(p).party());
        }
      }
    } catch (RuntimeException | Error e) {
      failure = e;
      abandoned = true;
    }
  }

  /** Screens what is left on this thread too, and returns every party's result, by index. */
  ScreeningResult[] finish() {
    screenRuns();
    for (Thread helper : helpers) {
      try {
        helper.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while screening the parties", e);
      }
    }
    Throwable f = failure;
    if (f instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (f instanceof Error error) {
      throw error;
    }
    return results;
  }

  /** Stops the helpers after the parties they are screening: the trace failed. */
  void abandon() {
    abandoned = true;
  }
}
