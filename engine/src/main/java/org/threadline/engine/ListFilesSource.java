package org.threadline.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.threadline.core.lists.ReferenceList;
import org.threadline.lists.UserListLoader;

/** Another source's lists followed by the user's own list files, read again on every load. */
final class ListFilesSource implements ListSource {
  private final ListSource base;
  private final List<Path> files;

  ListFilesSource(ListSource base, List<Path> files) {
    this.base = base;
    this.files = List.copyOf(files);
  }

  @Override
  public ListSet load() {
    ListSet lists = base.load();
    List<ReferenceList> entityLists = new ArrayList<>(lists.entityLists());
    for (Path file : files) {
      entityLists.add(UserListLoader.load(file));
    }
    return new ListSet(entityLists, lists.dolTvpra());
  }
}
