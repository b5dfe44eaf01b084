package org.threadline.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.threadline.core.matching.eval.Counts;
import org.threadline.core.matching.eval.NameEvaluation;
import org.threadline.core.matching.eval.ScoredPair;
import org.threadline.core.screening.RiskRules;
import org.threadline.lists.matching.BundledNameEvaluation;
import org.threadline.lists.matching.EntityNames;
import org.threadline.lists.matching.MatchingDictionaries;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code threadline eval names}: precision, recall and F1 of the name matcher on the team's
 * labelled set ({@code data/eval/names.csv}) against the bundled UFLPA and CBP entries.
 */
@Command(
    name = "names",
    mixinStandardHelpOptions = true,
    description = {
      "Measures the name matcher on the labelled set data/eval/names.csv (query, list entry,"
          + " label, category) against the real entries of the bundled UFLPA and CBP lists,"
          + " first on the lists' own names, then with Threadline's table of registered and"
          + " former names (data/lists/entity_names.csv) as screening uses it.",
      "Prints precision, recall and F1 per category and overall at the threshold, the same on"
          + " the cross-script pairs (a Chinese-script name against an English-only entry), and"
          + " a curve over thresholds."
    })
public final class EvalNamesCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--threshold",
      description = "Score at or above which a pair counts as a match (default: ${DEFAULT-VALUE},"
          + " 'worth a look').")
  double threshold = RiskRules.WORTH_A_LOOK;

  @Option(names = "--errors", description = "Also list every pair the matcher got wrong.")
  boolean errors;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    NameEvaluation ev = BundledNameEvaluation.run();
    out.printf(Locale.ROOT, "Name matching on data/%s: %d pairs; dictionaries %s%n%n",
        BundledNameEvaluation.NAMES, ev.pairs().size(), MatchingDictionaries.VERSION);
    out.printf(Locale.ROOT, "At threshold %.2f%n", threshold);
    out.printf(Locale.ROOT, "%-26s %6s %5s %5s %5s %5s %9s %7s %6s%n",
        "category", "pairs", "TP", "FN", "FP", "TN", "precision", "recall", "F1");
    for (Map.Entry<String, Counts> c : ev.byCategory(threshold).entrySet()) {
      row(out, c.getKey(), c.getValue());
    }
    row(out, "cross-script", ev.crossScript(threshold));
    row(out, "OVERALL", ev.overall(threshold));
    out.println();
    out.printf(Locale.ROOT, "Curve (overall | cross-script)%n%9s %9s %7s %6s | %9s %7s %6s%n",
        "threshold", "precision", "recall", "F1", "precision", "recall", "F1");
    for (int i = 50; i <= 95; i += 5) {
      double t = i / 100.0;
      Counts o = ev.overall(t);
      Counts x = ev.crossScript(t);
      out.printf(Locale.ROOT, "%9.2f %9.3f %7.3f %6.3f | %9.3f %7.3f %6.3f%n",
          t, o.precision(), o.recall(), o.f1(), x.precision(), x.recall(), x.f1());
    }
    out.printf(Locale.ROOT, "%nBest recall at precision >= 0.95: overall %.3f, cross-script %.3f%n",
        ev.bestRecallAtPrecision(0.95, false), ev.bestRecallAtPrecision(0.95, true));
    // The figures above measure the matching itself. Screening also uses Threadline's table of
    // the names listed companies are known by, which the set's Chinese names come from too.
    NameEvaluation withTable = BundledNameEvaluation.run(EntityNames.bundled());
    out.printf(Locale.ROOT, "%nWith Threadline's name table (%d registered and former names of"
        + " listed companies, data/%s), as screening runs:%n", EntityNames.bundled().size(),
        EntityNames.FILE);
    row(out, "cross-script", withTable.crossScript(threshold));
    row(out, "OVERALL", withTable.overall(threshold));
    if (errors) {
      out.println();
      for (ScoredPair p : ev.pairs()) {
        if ((p.score() >= threshold) != p.pair().match()) {
          out.printf(Locale.ROOT, "%s %.3f %-22s %s -> %s [%s]%n",
              p.pair().match() ? "missed " : "wrongly", p.score(), p.pair().category(),
              p.pair().query(), p.pair().entryName(), p.pair().list());
        }
      }
    }
    return ThreadlineCommand.EXIT_OK;
  }

  private static void row(PrintWriter out, String name, Counts c) {
    out.printf(Locale.ROOT, "%-26s %6d %5d %5d %5d %5d %9.3f %7.3f %6.3f%n", name, c.total(),
        c.truePositives(), c.falseNegatives(), c.falsePositives(), c.trueNegatives(),
        c.precision(), c.recall(), c.f1());
  }
}
