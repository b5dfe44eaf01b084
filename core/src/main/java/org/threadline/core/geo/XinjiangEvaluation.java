package org.threadline.core.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.threadline.core.BadInputException;
import org.threadline.core.model.Party;
import org.threadline.core.model.XinjiangNexus;
import org.threadline.core.screening.RiskRules;

/**
 * Measures a {@link NexusDetector} on a labelled set: CSV rows with the Contract 2 columns plus
 * {@code xinjiang} ({@code yes} when the party is in Xinjiang or part of the XPCC), {@code
 * signals} (the signals that should be reported, separated by {@code ;}) and {@code note}.
 *
 * <p>Per signal, a row counts as predicted when the detector reports a finding of that signal at
 * any score, and as expected when the label lists it. Overall, a row is predicted Xinjiang when
 * some finding reaches {@link RiskRules#WORTH_A_LOOK} (0.7), the score at which a finding makes a
 * party high risk.
 */
public final class XinjiangEvaluation {
  /** The signals of Contract 3, in report order. */
  public static final List<String> SIGNALS =
      List.of("address", "registration_id", "postal_code", "phone", "name");

  /** One labelled row. */
  public record Labelled(String id, Party party, boolean xinjiang, Set<String> signals, String note) {}

  /** A confusion matrix. */
  public record Confusion(String what, int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {
    /** True positives over all expected positives (1 when there are none). */
    public double recall() {
      int p = truePositives + falseNegatives;
      return p == 0 ? 1.0 : (double) truePositives / p;
    }

    /** False positives over all expected negatives (0 when there are none). */
    public double falsePositiveRate() {
      int n = falsePositives + trueNegatives;
      return n == 0 ? 0.0 : (double) falsePositives / n;
    }

    /** True positives over all predicted positives (1 when there are none). */
    public double precision() {
      int p = truePositives + falsePositives;
      return p == 0 ? 1.0 : (double) truePositives / p;
    }
  }

  /** A row the detector got wrong. */
  public record Miss(String id, String what, boolean expected, String got, String note) {}

  /** The result: overall and per signal, and every miss. */
  public record Result(int rows, Confusion overall, List<Confusion> perSignal, List<Miss> misses) {}

  private XinjiangEvaluation() {}

  /**
   * Reads labelled rows from the lines of one or more CSV files (each with its header).
   *
   * @throws BadInputException naming the file, row and column when a row is malformed
   */
  public static List<Labelled> read(String fileName, List<String> lines) {
    if (lines.isEmpty()) {
      return List.of();
    }
    List<String> header = CsvFields.split(lines.get(0));
    List<Labelled> out = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      List<String> cells = CsvFields.split(lines.get(i));
      if (cells.size() != header.size()) {
        throw new BadInputException(fileName, i, null, cells.size() + " columns, the header has " + header.size());
      }
      Map<String, String> row = new HashMap<>();
      for (int c = 0; c < header.size(); c++) {
        row.put(header.get(c), cells.get(c));
      }
      Party party = Party.builder(row.get("id")).row(i).name(row.get("name")).address(row.get("address"))
          .city(row.get("city")).region(row.get("region")).postalCode(row.get("postal_code"))
          .country(row.get("country")).phone(row.get("phone")).registrationId(row.get("registration_id")).build();
      String label = row.getOrDefault("xinjiang", "").strip();
      if (!label.equals("yes") && !label.equals("no")) {
        throw new BadInputException(fileName, i, "xinjiang", "must be yes or no, got '" + label + "'");
      }
      Set<String> signals = new LinkedHashSet<>();
      for (String s : row.getOrDefault("signals", "").split(";")) {
        if (!s.isBlank()) {
          if (!SIGNALS.contains(s.strip())) {
            throw new BadInputException(fileName, i, "signals", "unknown signal '" + s + "' (expected "
                + String.join(", ", SIGNALS) + ")");
          }
          signals.add(s.strip());
        }
      }
      out.add(new Labelled(row.get("id"), party, label.equals("yes"), signals, row.getOrDefault("note", "")));
    }
    return out;
  }

  /** Runs the detector over every row and counts. */
  public static Result run(NexusDetector detector, List<Labelled> rows) {
    int[][] counts = new int[SIGNALS.size() + 1][4];
    List<Miss> misses = new ArrayList<>();
    for (Labelled l : rows) {
      List<XinjiangNexus> findings = detector.detect(l.party());
      Map<String, XinjiangNexus> bySignal = new LinkedHashMap<>();
      double max = 0;
      for (XinjiangNexus f : findings) {
        bySignal.putIfAbsent(f.signal(), f);
        max = Math.max(max, f.score());
      }
      boolean predicted = max >= RiskRules.WORTH_A_LOOK;
      count(counts[SIGNALS.size()], l.xinjiang(), predicted);
      if (predicted != l.xinjiang()) {
        misses.add(new Miss(l.id(), "xinjiang", l.xinjiang(), describe(findings), l.note()));
      }
      for (int s = 0; s < SIGNALS.size(); s++) {
        String signal = SIGNALS.get(s);
        boolean expected = l.signals().contains(signal);
        boolean got = bySignal.containsKey(signal);
        count(counts[s], expected, got);
        if (expected != got) {
          misses.add(new Miss(l.id(), signal, expected, describe(findings), l.note()));
        }
      }
    }
    List<Confusion> perSignal = new ArrayList<>();
    for (int s = 0; s < SIGNALS.size(); s++) {
      perSignal.add(confusion(SIGNALS.get(s), counts[s]));
    }
    return new Result(rows.size(), confusion("xinjiang", counts[SIGNALS.size()]), perSignal, misses);
  }

  private static void count(int[] c, boolean expected, boolean got) {
    c[expected ? (got ? 0 : 2) : (got ? 1 : 3)]++;
  }

  private static Confusion confusion(String what, int[] c) {
    return new Confusion(what, c[0], c[1], c[2], c[3]);
  }

  private static String describe(List<XinjiangNexus> findings) {
    if (findings.isEmpty()) {
      return "no finding";
    }
    StringBuilder sb = new StringBuilder();
    for (XinjiangNexus f : findings) {
      sb.append(sb.length() == 0 ? "" : ", ").append(f.signal()).append(' ').append(f.score())
          .append(' ').append(f.divisionName());
    }
    return sb.toString();
  }

  /** The result as a plain-text table. */
  public static String format(Result r) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("%d labelled rows%n", r.rows()));
    sb.append(String.format("%-16s %6s %6s %6s %6s %8s %8s %9s%n", "signal", "TP", "FP", "FN", "TN", "recall",
        "FPR", "precision"));
    List<Confusion> all = new ArrayList<>(r.perSignal());
    all.add(r.overall());
    for (Confusion c : all) {
      sb.append(String.format("%-16s %6d %6d %6d %6d %8.4f %8.4f %9.4f%n", c.what(), c.truePositives(),
          c.falsePositives(), c.falseNegatives(), c.trueNegatives(), c.recall(), c.falsePositiveRate(),
          c.precision()));
    }
    return sb.toString();
  }

  /** Labelled rows from several files, in order. */
  public static List<Labelled> readAll(Map<String, List<String>> files) {
    List<Labelled> out = new ArrayList<>();
    files.forEach((name, lines) -> out.addAll(read(name, lines)));
    return out;
  }
}
