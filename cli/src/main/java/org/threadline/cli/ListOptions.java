package org.threadline.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.threadline.engine.ListSource;
import picocli.CommandLine.Option;

/** {@code --lists DIR} and {@code --list FILE}: which lists a command looks for names from. */
public final class ListOptions {
  @Option(
      names = "--lists",
      paramLabel = "DIR",
      description = "Folder of list copies saved with 'lists update' and sanctions lists in"
          + " FollowTheMoney format (default: $THREADLINE_HOME or ~/.threadline).")
  Path listsDir;

  @Option(
      names = "--list",
      paramLabel = "FILE",
      description = "Add your own list: a CSV with id, name, aliases, country, notes (aliases"
          + " separated by ';'), or FollowTheMoney JSON Lines. Repeatable.")
  List<Path> extraLists = new ArrayList<>();

  /** Where the lists come from: the folder (or the default one), then the user's own files. */
  ListSource source() {
    return ListSource.folder(listsDir != null ? listsDir : ListSource.defaultFolder())
        .withFiles(extraLists);
  }
}
