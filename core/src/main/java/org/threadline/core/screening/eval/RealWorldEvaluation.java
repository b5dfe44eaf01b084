package org.threadline.core.screening.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.threadline.core.model.Finding;
import org.threadline.core.model.ListMatch;
import org.threadline.core.model.Party;
import org.threadline.core.model.ScreeningResult;
import org.threadline.core.model.XinjiangNexus;

/**
 * Judgement measured on real populations: screening results of parties that no one on the
 * project wrote (company registries, brands' factory lists), compared with a reviewer's labels.
 *
 * <p>A list alarm is a list finding at or above the threshold. It is false when the party is
 * labelled {@code not_listed}, or when nobody labelled it (an unreviewed alarm counts as false
 * until reviewed, so that the rate is never flattered by work not done). A Xinjiang alarm is an
 * {@code xinjiang_nexus} finding at or above the threshold; a party is in Xinjiang when its own
 * province column says so, unless a label says otherwise. Not thread-safe: feed it from one
 * thread.
 */
public final class RealWorldEvaluation {
  private final double threshold;
  private final Map<String, PartyLabel> listLabels = new HashMap<>();
  private final Map<String, PartyLabel> xinjiangLabels = new HashMap<>();
  private final Map<String, Population> populations = new TreeMap<>();
  private final List<Alarm> listFalseAlarms = new ArrayList<>();
  private final List<Alarm> xinjiangFalseAlarms = new ArrayList<>();
  private final List<Positive> positives = new ArrayList<>();
  private final List<Positive> xinjiangMisses = new ArrayList<>();
  private final List<String> staleLabels = new ArrayList<>();
  private final java.util.Set<String> screened = new java.util.HashSet<>();
  private final java.util.Set<String> screenedFiles = new java.util.HashSet<>();

  /**
   * @param threshold the score from which a finding is an alarm (0.7: worth a look)
   * @param listLabels the reviewed list labels
   * @param xinjiangLabels the reviewed Xinjiang labels
   */
  public RealWorldEvaluation(
      double threshold, List<PartyLabel> listLabels, List<PartyLabel> xinjiangLabels) {
    this.threshold = threshold;
    for (PartyLabel l : listLabels) {
      ListTruth.parse(l.label());
      this.listLabels.put(l.key(), l);
    }
    for (PartyLabel l : xinjiangLabels) {
      if (!l.label().equals("xinjiang") && !l.label().equals("not_xinjiang")) {
        throw new IllegalArgumentException("unknown Xinjiang label '" + l.label() + "' for "
            + l.file() + " id " + l.id() + " (expected xinjiang or not_xinjiang)");
      }
      this.xinjiangLabels.put(l.key(), l);
    }
  }

  /** One population's counts. */
  public static final class Population {
    private final String name;
    long parties;
    long listAlarms;
    long listFalse;
    long listUnreviewed;
    long xinjiangParties;
    long xinjiangFound;
    long xinjiangAlarms;
    long xinjiangFalse;

    Population(String name) {
      this.name = name;
    }

    public String name() {
      return name;
    }

    public long parties() {
      return parties;
    }

    /** Parties with at least one list alarm. */
    public long listAlarms() {
      return listAlarms;
    }

    /** Parties with a list alarm that are not listed (reviewed or not). */
    public long listFalseAlarms() {
      return listFalse + listUnreviewed;
    }

    /** Of the false list alarms, those nobody has reviewed. */
    public long listUnreviewed() {
      return listUnreviewed;
    }

    /** Parties in Xinjiang (by their province column or a label). */
    public long xinjiangParties() {
      return xinjiangParties;
    }

    /** Parties in Xinjiang with a Xinjiang alarm. */
    public long xinjiangFound() {
      return xinjiangFound;
    }

    /** Parties with a Xinjiang alarm. */
    public long xinjiangAlarms() {
      return xinjiangAlarms;
    }

    /** Parties outside Xinjiang with a Xinjiang alarm. */
    public long xinjiangFalseAlarms() {
      return xinjiangFalse;
    }

    /** Parties outside Xinjiang. */
    public long outsideXinjiang() {
      return parties - xinjiangParties;
    }
  }

  /**
   * A false alarm.
   *
   * @param file the population file
   * @param id the party id
   * @param name the party's name
   * @param cause the labelled cause, {@code unreviewed}, or for Xinjiang the signal and cause
   * @param score the alarm's score
   * @param what the entry named, or the Xinjiang evidence
   */
  public record Alarm(String file, String id, String name, String cause, double score, String what) {}

  /**
   * A party that should be found.
   *
   * @param file the population file
   * @param id the party id
   * @param name the party's name
   * @param label {@code listed}, {@code branch} or {@code xinjiang}
   * @param found whether an alarm named it rightly
   * @param score the best score of a finding naming an expected entry (or of a Xinjiang finding)
   */
  public record Positive(String file, String id, String name, String label, boolean found, double score) {}

  /**
   * Adds one screened party.
   *
   * @param population the population the file belongs to (e.g. its folder)
   * @param file the file, relative to the populations folder
   * @param result the party's screening result
   */
  public void add(String population, String file, ScreeningResult result) {
    Party party = result.party();
    Population pop = populations.computeIfAbsent(population, Population::new);
    pop.parties++;
    String key = PartyLabel.key(file, party.id());
    screened.add(key);
    screenedFiles.add(file);
    PartyLabel listLabel = listLabels.get(key);
    checkName(listLabel, party);
    ListTruth truth = listLabel == null ? ListTruth.UNREVIEWED : ListTruth.parse(listLabel.label());

    ListMatch bestAny = null;
    double bestExpected = 0.0;
    for (Finding f : result.findings()) {
      if (f instanceof ListMatch m) {
        if (m.score() >= threshold && (bestAny == null || m.score() > bestAny.score())) {
          bestAny = m;
        }
        if (listLabel != null && listLabel.entries().contains(m.entryId())) {
          bestExpected = Math.max(bestExpected, m.score());
        }
      }
    }
    if (bestAny != null) {
      pop.listAlarms++;
      if (!truth.positive()) {
        if (truth == ListTruth.UNREVIEWED) {
          pop.listUnreviewed++;
        } else {
          pop.listFalse++;
        }
        String cause = truth == ListTruth.UNREVIEWED ? "unreviewed"
            : listLabel.cause().isEmpty() ? "other" : listLabel.cause();
        listFalseAlarms.add(new Alarm(file, party.id(), party.name(), cause, bestAny.score(),
            bestAny.entryId() + " " + bestAny.entryName()));
      }
    }
    if (truth.positive()) {
      positives.add(new Positive(file, party.id(), party.name(), listLabel.label(),
          bestExpected >= threshold, bestExpected));
    }

    PartyLabel xjLabel = xinjiangLabels.get(key);
    checkName(xjLabel, party);
    boolean inXinjiang = xjLabel != null ? xjLabel.label().equals("xinjiang") : provinceIsXinjiang(party);
    XinjiangNexus bestXj = null;
    for (Finding f : result.findings()) {
      if (f instanceof XinjiangNexus x && (bestXj == null || x.score() > bestXj.score())) {
        bestXj = x;
      }
    }
    boolean alarm = bestXj != null && bestXj.score() >= threshold;
    if (inXinjiang) {
      pop.xinjiangParties++;
      if (alarm) {
        pop.xinjiangFound++;
      } else {
        xinjiangMisses.add(new Positive(file, party.id(), party.name(), "xinjiang", false,
            bestXj == null ? 0.0 : bestXj.score()));
      }
    }
    if (alarm) {
      pop.xinjiangAlarms++;
      if (!inXinjiang) {
        pop.xinjiangFalse++;
        String cause = bestXj.signal() + (xjLabel == null || xjLabel.cause().isEmpty()
            ? "" : ": " + xjLabel.cause());
        xinjiangFalseAlarms.add(new Alarm(file, party.id(), party.name(), cause, bestXj.score(),
            bestXj.evidence()));
      }
    }
  }

  private void checkName(PartyLabel label, Party party) {
    if (label != null && !label.name().isBlank() && !label.name().strip().equals(party.name())) {
      staleLabels.add(label.file() + " id " + label.id() + ": labelled '" + label.name()
          + "' but the row says '" + party.name() + "'");
    }
  }

  /**
   * Whether the party's own province column (the {@code region} field, or an extra column
   * named like a province) says Xinjiang.
   */
  static boolean provinceIsXinjiang(Party party) {
    if (isXinjiang(party.region())) {
      return true;
    }
    for (Map.Entry<String, String> e : party.extra().entrySet()) {
      String column = e.getKey().toLowerCase(Locale.ROOT);
      if ((column.contains("省") || column.contains("province")) && isXinjiang(e.getValue())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isXinjiang(String value) {
    if (value == null) {
      return false;
    }
    String v = value.strip().toLowerCase(Locale.ROOT);
    return v.startsWith("新疆") || v.startsWith("xinjiang");
  }

  /** The populations, by name. */
  public List<Population> populations() {
    return List.copyOf(populations.values());
  }

  /** Every population together. */
  public Population total() {
    Population all = new Population("ALL");
    for (Population p : populations.values()) {
      all.parties += p.parties;
      all.listAlarms += p.listAlarms;
      all.listFalse += p.listFalse;
      all.listUnreviewed += p.listUnreviewed;
      all.xinjiangParties += p.xinjiangParties;
      all.xinjiangFound += p.xinjiangFound;
      all.xinjiangAlarms += p.xinjiangAlarms;
      all.xinjiangFalse += p.xinjiangFalse;
    }
    return all;
  }

  /** False list alarms, in the order the parties came. */
  public List<Alarm> listFalseAlarms() {
    return List.copyOf(listFalseAlarms);
  }

  /** False Xinjiang alarms, in the order the parties came. */
  public List<Alarm> xinjiangFalseAlarms() {
    return List.copyOf(xinjiangFalseAlarms);
  }

  /** The labelled listed companies and branches seen, found or not. */
  public List<Positive> positives() {
    return List.copyOf(positives);
  }

  /** Parties in Xinjiang without a Xinjiang alarm. */
  public List<Positive> xinjiangMisses() {
    return List.copyOf(xinjiangMisses);
  }

  /** Labels whose name no longer fits their row. */
  public List<String> staleLabels() {
    return List.copyOf(staleLabels);
  }

  /** Count of items by key, sorted by key. */
  public static Map<String, Integer> countBy(List<Alarm> alarms) {
    Map<String, Integer> out = new TreeMap<>();
    for (Alarm a : alarms) {
      out.merge(a.cause(), 1, Integer::sum);
    }
    return out;
  }

  /**
   * Labels of positives in the files screened that name no party that was screened (a row that
   * is not there): recall would otherwise be measured on fewer parties than were labelled.
   */
  public List<String> unscreenedPositives() {
    List<String> out = new ArrayList<>();
    for (PartyLabel l : listLabels.values()) {
      if (ListTruth.parse(l.label()).positive() && screenedFiles.contains(l.file())
          && !screened.contains(l.key())) {
        out.add(l.file() + " id " + l.id() + " (" + l.name() + ")");
      }
    }
    out.sort(null);
    return out;
  }
}
