package org.threadline.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.threadline.core.BadInputException;
import org.threadline.core.model.Party;
import org.threadline.core.model.ScreeningResult;

/** Batches and streams come back in input order, on any executor, with the same results. */
class OrderedScreeningTest {
  private static ExecutorService pool;
  private static List<Party> parties;
  private static List<ScreeningResult> alone;

  @BeforeAll
  static void screenOnTheCallingThread() {
    pool = Executors.newFixedThreadPool(3);
    List<Party> suppliers = ExampleSuppliers.read();
    parties = new ArrayList<>();
    // Enough for several batches, the last one short.
    for (int i = 0; i < 700; i++) {
      Party p = suppliers.get(i % suppliers.size());
      parties.add(
          Party.builder("P-" + i)
              .name(p.name())
              .address(p.address())
              .city(p.city())
              .region(p.region())
              .postalCode(p.postalCode())
              .country(p.country())
              .phone(p.phone())
              .registrationId(p.registrationId())
              .product(p.product())
              .hts(p.hts())
              .build());
    }
    ScreeningEngine engine = ScreeningEngine.builder(ListSource.bundled()).build();
    alone = new ArrayList<>();
    for (Party p : parties) {
      alone.add(engine.screen(p).result());
    }
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
  }

  @Test
  void aStreamOnAPoolGivesTheResultsOfTheCallingThreadInInputOrder() {
    ScreeningEngine engine =
        ScreeningEngine.builder(ListSource.bundled()).executor(pool, 3).build();
    List<ScreeningResult> streamed = new ArrayList<>();
    long count = engine.screenInOrder(engine.lists(), parties.iterator(), streamed::add);
    assertThat(count).isEqualTo(parties.size());
    assertThat(streamed).isEqualTo(alone);
  }

  @Test
  void aBatchOnAnExecutorThatRunsNothingIsScreenedByTheCaller() {
    Executor never = task -> {};
    ScreeningEngine engine =
        ScreeningEngine.builder(ListSource.bundled()).executor(never, 4).build();
    ScreenedBatch batch = engine.screen(parties);
    assertThat(batch.lists().number()).isEqualTo(1);
    assertThat(batch.results()).isEqualTo(alone);
  }

  @Test
  void aPartyThatCannotBeReadStopsTheStreamWithItsOwnError() {
    ScreeningEngine engine =
        ScreeningEngine.builder(ListSource.bundled()).executor(pool, 3).build();
    Iterator<Party> failing =
        new Iterator<>() {
          int i;

          @Override
          public boolean hasNext() {
            return true;
          }

          @Override
          public Party next() {
            if (i == 300) {
              throw new BadInputException("suppliers.csv", 301, "name", "unclosed quote");
            }
            return parties.get(i++);
          }
        };
    List<ScreeningResult> written = new ArrayList<>();
    assertThatThrownBy(() -> engine.screenInOrder(engine.lists(), failing, written::add))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("row 301");
    assertThat(written).isEqualTo(alone.subList(0, written.size()));
  }
}
