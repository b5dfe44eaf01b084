package org.threadline.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.threadline.core.screening.RiskRules;
import picocli.CommandLine.Option;

/** The options every screening command shares: which lists, and from which score to report. */
public final class ScreeningOptions {
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

  @Option(
      names = "--threshold",
      paramLabel = "X",
      description = "Lowest name-match score to report, in [0,1] (default: ${DEFAULT-VALUE}).")
  double threshold = RiskRules.WORTH_A_LOOK;

  /** The user's own list files, checked to exist. */
  List<Path> extraLists() {
    return extraLists;
  }
}
