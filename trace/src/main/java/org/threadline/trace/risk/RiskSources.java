package org.threadline.trace.risk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.threadline.core.goods.GoodsClassifier;
import org.threadline.core.model.Finding;
import org.threadline.core.model.FindingKind;
import org.threadline.core.model.HighRiskGood;
import org.threadline.core.model.Party;
import org.threadline.core.model.Risk;
import org.threadline.core.model.ScreeningResult;
import org.threadline.core.screening.RiskRules;
import org.threadline.trace.graph.Components;
import org.threadline.trace.graph.ProductionGraph;
import org.threadline.trace.model.ChainParty;
import org.threadline.trace.model.Product;
import org.threadline.trace.model.Role;
import org.threadline.trace.model.SupplyChain;

/**
 * Where risk enters the chain and how far it reaches.
 *
 * <p>A party's own findings (a list match, a Xinjiang nexus, adverse media) make every line of
 * the party a source. A good at risk (a DOL TVPRA forced-labour good from the party's country) is
 * a source only on the line that ships that good. Only findings at {@code medium} or worse count.
 * The taint of a line is the worst source upstream of it along the lines that actually feed it;
 * a party other than an importer that receives both tainted ({@code high} or worse) and untainted
 * inputs commingles.
 */
public final class RiskSources {
  private static final byte NONE = (byte) Risk.NONE.ordinal();

  private final List<List<Finding>> partyFindings;
  private final List<List<HighRiskGood>> nodeGoods;
  private final byte[] taint;
  private final boolean[] commingling;

  private RiskSources(List<List<Finding>> partyFindings, List<List<HighRiskGood>> nodeGoods,
      byte[] taint, boolean[] commingling) {
    this.partyFindings = partyFindings;
    this.nodeGoods = nodeGoods;
    this.taint = taint;
    this.commingling = commingling;
  }

  /**
   * Finds the sources and propagates them.
   *
   * @param screening the screening result of every party, by party index
   * @param goods classifies what a line ships, with the shipping party's country
   */
  public static RiskSources of(ProductionGraph g, Components c, ScreeningResult[] screening,
      GoodsClassifier goods) {
    SupplyChain chain = g.chain();
    int parties = chain.parties().size();
    List<List<Finding>> partyFindings = new ArrayList<>(parties);
    for (int p = 0; p < parties; p++) {
      List<Finding> own = new ArrayList<>();
      for (Finding f : screening[p].findings()) {
        // What a party says it supplies is context; the goods that flow are judged per line.
        if (f.kind() != FindingKind.HIGH_RISK_GOOD && RiskRules.riskOf(f).atLeast(Risk.MEDIUM)) {
          own.add(f);
        }
      }
      partyFindings.add(own.isEmpty() ? List.of() : List.copyOf(own));
    }
    int n = g.nodeCount();
    List<List<HighRiskGood>> nodeGoods = new ArrayList<>(n);
    Map<String, List<HighRiskGood>> cache = new HashMap<>();
    boolean[] shipped = new boolean[n];
    for (int s = 0; s < chain.shipments().size(); s++) {
      shipped[g.shipmentNode(s)] = true;
    }
    for (int v = 0; v < n; v++) {
      if (g.outFlowCount(v) == 0 && !shipped[v]) {
        nodeGoods.add(List.of());
        continue;
      }
      Party party = chain.party(g.party(v)).party();
      int product = g.product(v);
      String key = party.country() + "\u0000" + product;
      nodeGoods.add(cache.computeIfAbsent(key, k -> classify(goods, party, chain.product(product))));
    }
    byte[] taint = new byte[n];
    for (int v = 0; v < n; v++) {
      taint[v] = own(partyFindings.get(g.party(v)), nodeGoods.get(v));
    }
    for (int comp = 0; comp < c.count(); comp++) {
      int size = c.size(comp);
      boolean changed = true;
      // One pass settles a single line; a loop needs passes until nothing changes (<= 5 levels).
      while (changed) {
        changed = false;
        for (int k = 0; k < size; k++) {
          int v = c.member(comp, k);
          byte worst = taint[v];
          for (int i = 0; i < g.inFlowCount(v); i++) {
            worst = (byte) Math.min(worst, taint[g.flowSource(g.inFlow(v, i))]);
          }
          for (int i = 0; i < g.inTransformCount(v); i++) {
            worst = (byte) Math.min(worst, taint[g.transformSource(g.inTransform(v, i))]);
          }
          if (worst != taint[v]) {
            taint[v] = worst;
            changed = size > 1;
          }
        }
      }
    }
    boolean[] tainted = new boolean[parties];
    boolean[] clean = new boolean[parties];
    for (int f = 0; f < chain.flows().size(); f++) {
      int to = chain.flows().to(f);
      if (taint[g.flowSource(f)] <= Risk.HIGH.ordinal()) {
        tainted[to] = true;
      } else {
        clean[to] = true;
      }
    }
    boolean[] commingling = new boolean[parties];
    for (int p = 0; p < parties; p++) {
      // An importer receives finished goods of several lines by design; commingling is about
      // the parties that process or hold the inputs.
      commingling[p] = tainted[p] && clean[p] && chain.party(p).role() != Role.IMPORTER;
    }
    return new RiskSources(partyFindings, nodeGoods, taint, commingling);
  }

  private static List<HighRiskGood> classify(GoodsClassifier goods, Party party, Product product) {
    Party line = Party.builder(party.id()).name(party.name()).country(party.country())
        .product(product.name()).hts(product.hts()).build();
    List<HighRiskGood> out = new ArrayList<>();
    for (HighRiskGood g : goods.classify(line)) {
      if (RiskRules.riskOf(g).atLeast(Risk.MEDIUM)) {
        out.add(g);
      }
    }
    return out.isEmpty() ? List.of() : List.copyOf(out);
  }

  private static byte own(List<Finding> partyFindings, List<HighRiskGood> goods) {
    byte worst = NONE;
    for (Finding f : partyFindings) {
      worst = (byte) Math.min(worst, RiskRules.riskOf(f).ordinal());
    }
    for (HighRiskGood f : goods) {
      worst = (byte) Math.min(worst, RiskRules.riskOf(f).ordinal());
    }
    return worst;
  }

  /** The party's own findings at {@code medium} or worse, goods at risk excepted. */
  public List<Finding> partyFindings(int party) {
    return partyFindings.get(party);
  }

  /** The goods-at-risk findings of what the line ships. */
  public List<HighRiskGood> lineGoods(int node) {
    return nodeGoods.get(node);
  }

  /** The worst risk upstream of the line, itself included ({@code none} when clean). */
  public Risk taint(int node) {
    return Risk.values()[taint[node]];
  }

  /** True when the party receives inputs tainted {@code high} or worse and untainted ones. */
  public boolean commingling(int party) {
    return commingling[party];
  }
}
