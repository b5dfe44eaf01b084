package org.threadline.core.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.threadline.core.geo.NexusDetector;
import org.threadline.core.goods.GoodsClassifier;
import org.threadline.core.lists.ListInfo;
import org.threadline.core.matching.NameMatch;
import org.threadline.core.model.Finding;
import org.threadline.core.model.ListMatch;
import org.threadline.core.model.Party;
import org.threadline.core.model.ScreeningResult;

/**
 * Screens one party at a time: its names against every list, its record for a Xinjiang nexus,
 * what it supplies against the goods at risk, and any further sources; then applies
 * {@link RiskRules}. Stateless after construction and safe to call from many threads.
 */
public final class Screener {
  private final List<ListScreen> lists;
  private final NexusDetector nexus;
  private final GoodsClassifier goods;
  private final List<FindingSource> others;
  private final PartyLocator locator;
  private final double threshold;

  /**
   * @param lists the lists to match names against, each with its matcher
   * @param nexus the Xinjiang detector
   * @param goods the goods classifier
   * @param others further finding sources (may be empty)
   * @param threshold the lowest list-match score reported, in [0,1]
   */
  public Screener(
      List<ListScreen> lists,
      NexusDetector nexus,
      GoodsClassifier goods,
      List<FindingSource> others,
      double threshold) {
    this(lists, nexus, goods, others, PartyLocator.NONE, threshold);
  }

  /**
   * @param lists the lists to match names against, each with its matcher
   * @param nexus the Xinjiang detector
   * @param goods the goods classifier
   * @param others further finding sources (may be empty)
   * @param locator says where each party is, for its result's location
   * @param threshold the lowest list-match score reported, in [0,1]
   */
  public Screener(
      List<ListScreen> lists,
      NexusDetector nexus,
      GoodsClassifier goods,
      List<FindingSource> others,
      PartyLocator locator,
      double threshold) {
    if (!(threshold >= 0.0 && threshold <= 1.0)) {
      throw new IllegalArgumentException("threshold must be in [0,1], got " + threshold);
    }
    this.lists = List.copyOf(lists);
    this.nexus = Objects.requireNonNull(nexus, "nexus");
    this.goods = Objects.requireNonNull(goods, "goods");
    this.others = List.copyOf(others);
    this.locator = Objects.requireNonNull(locator, "locator");
    this.threshold = threshold;
  }

  /** The provenance of every list this screener matches against, in order. */
  public List<ListInfo> lists() {
    return lists.stream().map(ListScreen::info).toList();
  }

  public double threshold() {
    return threshold;
  }

  /** Screens one party. */
  public ScreeningResult screen(Party party) {
    List<Finding> findings = new ArrayList<>();
    List<String> names = party.names();
    if (!names.isEmpty()) {
      for (ListScreen list : lists) {
        for (NameMatch m : list.matcher().match(names, threshold)) {
          findings.add(toFinding(list.info(), m));
        }
      }
    }
    findings.addAll(nexus.detect(party));
    findings.addAll(goods.classify(party));
    for (FindingSource source : others) {
      findings.addAll(source.findingsFor(party));
    }
    findings.sort(RiskRules.MOST_SEVERE_FIRST);
    return new ScreeningResult(party, RiskRules.overall(findings), RiskRules.presumption(findings),
        findings, locator.locate(party).orElse(null));
  }

  private static ListMatch toFinding(ListInfo info, NameMatch m) {
    return new ListMatch(
        info.findingKind(),
        info.id(),
        info.version(),
        !info.verified(),
        m.entry().id(),
        m.entry().name(),
        m.entry().section(),
        m.score(),
        m.queryName(),
        m.entryName(),
        m.subsidiary(),
        m.explanation());
  }
}
