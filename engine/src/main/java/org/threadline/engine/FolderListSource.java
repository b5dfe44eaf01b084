package org.threadline.engine;

import java.nio.file.Path;
import org.threadline.lists.ListStore;

/** The bundled lists overlaid by a user's data folder (or the bundled lists alone). */
final class FolderListSource implements ListSource {
  private final Path dataFolder;

  /**
   * @param dataFolder the user's data folder, or null for the bundled lists alone
   */
  FolderListSource(Path dataFolder) {
    this.dataFolder = dataFolder;
  }

  @Override
  public ListSet load() {
    // A new store per load: it reads the folder as it is now.
    ListStore store = new ListStore(dataFolder);
    return new ListSet(store.entityLists(), store.dolTvpra());
  }
}
