package org.threadline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.threadline.core.BadInputException;
import org.threadline.core.geo.XinjiangEvaluation;
import org.threadline.lists.bundled.BundledData;
import org.threadline.lists.geo.BundledGeography;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code threadline eval xinjiang}: runs the Xinjiang nexus detector over the team's labelled set
 * and prints recall, false-positive rate and the confusion matrix per signal and overall.
 */
@Command(
    name = "xinjiang",
    mixinStandardHelpOptions = true,
    description = {
      "Measures the Xinjiang nexus detector on the labelled set in data/eval (xinjiang_handwritten.csv,"
          + " xinjiang_generated.csv), or on your own labelled files.",
      "Per signal, a row is predicted when the detector reports that signal; overall, when a finding"
          + " scores 0.7 or more."
    })
public final class EvalXinjiangCommand implements Callable<Integer> {
  static final List<String> BUNDLED = List.of("eval/xinjiang_handwritten.csv", "eval/xinjiang_generated.csv");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--file", paramLabel = "CSV",
      description = "A labelled CSV file (the screening input columns plus xinjiang, signals,"
          + " note) to use instead of"
          + " the bundled set; repeatable.")
  List<Path> files;

  @Option(names = "--misses", description = "Also list every row the detector got wrong.")
  boolean misses;

  @Override
  public Integer call() {
    Map<String, List<String>> sets = new LinkedHashMap<>();
    if (files == null || files.isEmpty()) {
      for (String path : BUNDLED) {
        sets.put("data/" + path, BundledData.lines(path));
      }
    } else {
      for (Path file : files) {
        try {
          sets.put(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new BadInputException(file.toString(), 0, null, "cannot read the file: " + e.getMessage(), e);
        }
      }
    }
    XinjiangEvaluation.Result result =
        XinjiangEvaluation.run(BundledGeography.nexusDetector(), XinjiangEvaluation.readAll(sets));
    PrintWriter out = spec.commandLine().getOut();
    out.println("Xinjiang nexus detector on " + String.join(", ", sets.keySet()));
    out.println("geography data: " + BundledGeography.DATA_VERSION);
    out.print(XinjiangEvaluation.format(result));
    if (misses) {
      for (XinjiangEvaluation.Miss m : result.misses()) {
        out.println(m.id() + " " + m.what() + (m.expected() ? " missed" : " false alarm") + ": " + m.got()
            + " [" + m.note() + "]");
      }
    } else if (!result.misses().isEmpty()) {
      out.println(result.misses().size() + " misses; --misses lists them");
    }
    out.flush();
    return ThreadlineCommand.EXIT_OK;
  }
}
