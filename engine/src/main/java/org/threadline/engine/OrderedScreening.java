package org.threadline.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.threadline.core.model.Party;
import org.threadline.core.model.ScreeningResult;
import org.threadline.core.screening.Screener;
import org.threadline.core.work.SharedTask;
import org.threadline.core.work.Workers;

/**
 * Screens a stream of parties on the caller's workers and hands the results on in input order.
 * Parties go out in batches; at most two batches per worker are in flight, so memory stays constant
 * however long the stream, and the calling thread (which reads the parties and takes the results)
 * screens a batch itself whenever the oldest one has not been started.
 */
final class OrderedScreening {
  /** Parties per batch: enough to keep a worker busy, few enough to start the output soon. */
  static final int BATCH = 256;

  private OrderedScreening() {}

  /** Screens every party; returns how many were screened. */
  static long run(
      Screener screener,
      Workers workers,
      Iterator<? extends Party> parties,
      Consumer<? super ScreeningResult> sink) {
    int window = workers.parallelism() * 2;
    var inFlight = new ArrayDeque<SharedTask<List<ScreeningResult>>>();
    long done = 0;
    try {
      var batch = new ArrayList<Party>(BATCH);
      while (parties.hasNext()) {
        batch.add(parties.next());
        if (batch.size() == BATCH) {
          inFlight.add(workers.start(screenBatch(screener, batch)));
          batch = new ArrayList<>(BATCH);
          while (inFlight.size() > window) {
            done += deliver(inFlight.poll(), sink);
          }
        }
      }
      if (!batch.isEmpty()) {
        inFlight.add(workers.start(screenBatch(screener, batch)));
      }
      while (!inFlight.isEmpty()) {
        done += deliver(inFlight.poll(), sink);
      }
      return done;
    } finally {
      // After a failure: batches not started yet never start.
      for (SharedTask<List<ScreeningResult>> task : inFlight) {
        task.cancel();
      }
    }
  }

  private static int deliver(
      SharedTask<List<ScreeningResult>> task, Consumer<? super ScreeningResult> sink) {
    List<ScreeningResult> results = task.join();
    for (ScreeningResult r : results) {
      sink.accept(r);
    }
    return results.size();
  }

  private static java.util.concurrent.Callable<List<ScreeningResult>> screenBatch(
      Screener screener, List<Party> batch) {
    return () -> {
      var results = new ArrayList<ScreeningResult>(batch.size());
      for (Party p : batch) {
        results.add(screener.screen(p));
      }
      return results;
    };
  }
}
