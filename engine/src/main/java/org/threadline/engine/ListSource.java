package org.threadline.engine;

import java.nio.file.Path;
import java.util.List;
import org.threadline.lists.ListStore;

/**
 * Where an engine's lists come from. The engine reads its source once when it is built and again on
 * each {@link ScreeningEngine#reload()}; every read gives a complete, new {@link ListSet}.
 *
 * <p>Implementations must return a consistent set or throw: a reload that throws leaves the lists
 * in force unchanged. A {@link org.threadline.core.BadInputException} names the file (or record) at
 * fault.
 */
@FunctionalInterface
public interface ListSource {

  /** Reads the lists as they are now. */
  ListSet load();

  /** The lists bundled with Threadline, nothing else. */
  static ListSource bundled() {
    return new FolderListSource(null);
  }

  /**
   * The bundled lists, each replaced by the newer copy saved in {@code dataFolder} ({@code
   * threadline lists update}), plus the sanctions lists saved in its {@code sanctions/} folder.
   */
  static ListSource folder(Path dataFolder) {
    return new FolderListSource(dataFolder);
  }

  /** The user's data folder: {@code $THREADLINE_HOME}, else {@code ~/.threadline}. */
  static Path defaultFolder() {
    return ListStore.defaultUserDataDir();
  }

  /**
   * These lists plus the user's own list files (contract "Command line", {@code --list}): CSV with
   * {@code id, name, aliases, country, notes}, or FollowTheMoney JSON Lines; each is a list whose
   * id is the file name without its extension.
   */
  default ListSource withFiles(List<Path> files) {
    if (files.isEmpty()) {
      return this;
    }
    return new ListFilesSource(this, files);
  }
}
