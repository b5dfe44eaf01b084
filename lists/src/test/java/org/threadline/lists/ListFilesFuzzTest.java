package org.threadline.lists;

import static org.threadline.core.testing.UserFiles.readsOrRefuses;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import org.threadline.core.testing.UserFiles;

/**
 * Whatever bytes a user's copy of a list holds, the list readers read it or refuse it with a
 * {@link org.threadline.core.BadInputException}: never another exception, a hang or running out of
 * memory. The copies of the published lists go through {@link ListStore#readEntityFile} (what
 * {@code lists diff} and {@code lists update} read: the file's text, then the UFLPA CSV, the DHS
 * UFLPA page, the CBP WRO CSV or the DOL TVPRA CSV parser); a user's own list through {@link
 * UserListLoader#load} (CSV or FollowTheMoney JSON Lines).
 *
 * <p>{@code mvn verify} runs each target on its seeds only, in
 * {@code src/test/resources/org/threadline/lists/ListFilesFuzzTestInputs/<target>/}. To fuzz one
 * target for real (Jazzer explores from the seeds; a crash is saved beside them):
 *
 * <pre>JAZZER_FUZZ=1 mvn -pl core,lists test -Dtest=ListFilesFuzzTest#uflpaCsv -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * See {@code docs/fuzzing.md}.
 */
class ListFilesFuzzTest {
  private static final ListStore STORE = new ListStore(null);

  @FuzzTest(maxDuration = "5m")
  void uflpaCsv(byte[] bytes) {
    readCopy(ListStore.UFLPA, "uflpa.csv", bytes);
  }

  @FuzzTest(maxDuration = "5m")
  void dhsUflpaPage(byte[] bytes) {
    readCopy(ListStore.UFLPA, "uflpa.html", bytes);
  }

  @FuzzTest(maxDuration = "5m")
  void cbpWroCsv(byte[] bytes) {
    readCopy(ListStore.CBP_WRO, "cbp_wro.csv", bytes);
  }

  @FuzzTest(maxDuration = "5m")
  void dolTvpraCsv(byte[] bytes) {
    readCopy(ListStore.DOL_TVPRA, "dol_tvpra.csv", bytes);
  }

  @FuzzTest(maxDuration = "5m")
  void userListCsv(byte[] bytes) {
    Path file = UserFiles.write("own-list.csv", bytes);
    readsOrRefuses(() -> UserListLoader.load(file));
  }

  @FuzzTest(maxDuration = "5m")
  void userListFtm(byte[] bytes) {
    Path file = UserFiles.write("own-list.jsonl", bytes);
    readsOrRefuses(() -> UserListLoader.load(file));
  }

  private static void readCopy(String listId, String name, byte[] bytes) {
    Path file = UserFiles.write(name, bytes);
    readsOrRefuses(() -> STORE.readEntityFile(listId, file));
  }
}
