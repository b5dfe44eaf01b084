package org.threadline.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.threadline.core.model.ListMatch;
import org.threadline.core.model.Party;
import org.threadline.core.model.ScreeningResult;

/**
 * Stands in for the HTTP server: one (virtual, where the runtime has them) thread per request, each
 * screening one party through the engine's public API, while the user's list changes and the engine
 * reloads in the middle of the run. Every answer must be exactly what a single-threaded run gives
 * on the list version that answer names.
 */
class ServerStandInTest {
  private static final String WATCHED = "Lotus Bright Knitwear Trading Company";

  @TempDir Path home;

  @Test
  void everyRequestOnManyThreadsMatchesTheSingleThreadedResultOfTheVersionItNames()
      throws Exception {
    Path list = home.resolve("watch.csv");
    writeList(list, "W-1,Sunrise Ceramic Tiles Manufacturing Company");
    ListSource source = ListSource.folder(home.resolve("data")).withFiles(List.of(list));
    List<Party> requests = requests();

    ScreeningEngine served = ScreeningEngine.builder(source).build();
    ScreeningEngine reference = ScreeningEngine.builder(source).build();
    List<ScreeningResult> before = singleThreaded(reference, requests);

    List<Future<Screened>> answers = new ArrayList<>();
    int half = requests.size() / 2;
    try (var perRequest = new ThreadPerRequest()) {
      CountDownLatch firstStarted = new CountDownLatch(1);
      for (Party p : requests.subList(0, half)) {
        answers.add(
            perRequest.executor.submit(
                () -> {
                  firstStarted.countDown();
                  return served.screen(p);
                }));
      }
      // The user's list changes while the first half is being answered.
      firstStarted.await(60, TimeUnit.SECONDS);
      writeList(list, "W-1,Sunrise Ceramic Tiles Manufacturing Company\nW-2," + WATCHED);
      assertThat(served.reload().number()).isEqualTo(2);
      for (Party p : requests.subList(half, requests.size())) {
        answers.add(perRequest.executor.submit(() -> served.screen(p)));
      }

      reference.reload();
      List<ScreeningResult> after = singleThreaded(reference, requests);
      for (int i = 0; i < requests.size(); i++) {
        Screened answer = answers.get(i).get(60, TimeUnit.SECONDS);
        long v = answer.lists().number();
        // Sent before the reload: either version; after it: the new one.
        assertThat(v).isBetween(i < half ? 1L : 2L, 2L);
        assertThat(answer.result()).isEqualTo((v == 1 ? before : after).get(i));
      }
    }
    Screened later = served.screen(requests.get(requests.size() - 1));
    assertThat(later.lists().number()).isEqualTo(2);
    assertThat(later.result().findings())
        .anySatisfy(
            f ->
                assertThat(f)
                    .isInstanceOfSatisfying(
                        ListMatch.class, m -> assertThat(m.entryId()).isEqualTo("W-2")));
  }

  @Test
  void aReloadThatFailsLeavesTheVersionInForce() throws IOException {
    Path list = home.resolve("watch.csv");
    writeList(list, "W-1,Sunrise Ceramic Tiles Manufacturing Company");
    ScreeningEngine engine =
        ScreeningEngine.builder(ListSource.bundled().withFiles(List.of(list))).build();
    ListVersion first = engine.lists();
    Files.writeString(list, "");
    assertThatThrownBy(engine::reload).hasMessageContaining("watch.csv");
    assertThat(engine.lists()).isSameAs(first);
  }

  private static List<ScreeningResult> singleThreaded(ScreeningEngine engine, List<Party> parties) {
    List<ScreeningResult> results = new ArrayList<>();
    for (Party p : parties) {
      results.add(engine.screen(p).result());
    }
    return results;
  }

  /** The example suppliers, many times over, and a party named like the entry added later. */
  private static List<Party> requests() {
    List<Party> suppliers = ExampleSuppliers.read();
    List<Party> requests = new ArrayList<>();
    for (int round = 0; round < 8; round++) {
      requests.addAll(suppliers);
    }
    requests.add(Party.builder("NEW-1").name(WATCHED.toUpperCase()).country("VN").build());
    return requests;
  }

  private static void writeList(Path file, String rows) throws IOException {
    Files.writeString(file, "id,name\n" + rows + "\n", StandardCharsets.UTF_8);
  }

  /**
   * One new thread per request: virtual threads on a runtime that has them (Java 21 and later),
   * else platform threads, as a server on Java 17 would do.
   */
  private static final class ThreadPerRequest implements AutoCloseable {
    final ExecutorService executor = open();

    private static ExecutorService open() {
      try {
        return (ExecutorService)
            MethodHandles.publicLookup()
                .findStatic(
                    Executors.class,
                    "newVirtualThreadPerTaskExecutor",
                    MethodType.methodType(ExecutorService.class))
                .invoke();
      } catch (NoSuchMethodException | IllegalAccessException e) {
        return Executors.newCachedThreadPool();
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void close() {
      executor.shutdownNow();
    }
  }
}
