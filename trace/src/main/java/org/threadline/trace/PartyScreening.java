package org.threadline.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.threadline.core.model.ScreeningResult;
import org.threadline.core.screening.Screener;
import org.threadline.core.work.SharedTask;
import org.threadline.core.work.Workers;
import org.threadline.trace.model.SupplyChain;

/**
 * Screens every party of a chain, a run of parties at a time, on the caller's workers from the
 * moment it is made, and on the caller's thread too once it calls {@link #finish()}: the caller
 * does other work meanwhile (the graph, the balance), and no core waits at either end.
 */
final class PartyScreening {
  /** Parties screened per claim. */
  private static final int RUN = 256;

  private final Screener screener;
  private final SupplyChain chain;
  private final ScreeningResult[] results;
  private final AtomicInteger nextRun = new AtomicInteger();
  private final List<SharedTask<Void>> helpers = new ArrayList<>();
  private volatile boolean abandoned;

  PartyScreening(Screener screener, SupplyChain chain, Workers workers) {
    this.screener = screener;
    this.chain = chain;
    this.results = new ScreeningResult[chain.parties().size()];
    // The caller's thread is busy until finish(): the helpers take the other shares.
    int count = Math.min(Math.max(1, workers.parallelism() - 1), (results.length + RUN - 1) / RUN);
    for (int i = 0; i < count && workers.parallelism() > 1; i++) {
      helpers.add(workers.start(() -> {
        screenRuns();
        return null;
      }));
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
      abandoned = true;
      throw e;
    }
  }

  /** Screens what is left on this thread too, and returns every party's result, by index. */
  ScreeningResult[] finish() {
    screenRuns();
    // A helper the executor never started runs here, finds nothing left and returns.
    for (SharedTask<Void> helper : helpers) {
      helper.join();
    }
    return results;
  }

  /** Stops the helpers after the parties they are screening: the trace failed. */
  void abandon() {
    abandoned = true;
    for (SharedTask<Void> helper : helpers) {
      helper.cancel();
    }
  }
}
