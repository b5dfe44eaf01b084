package org.threadline.trace;

import java.util.ArrayList;
import java.util.List;
import org.threadline.core.goods.GoodsClassifier;
import org.threadline.core.lists.ListInfo;
import org.threadline.core.model.ScreeningResult;
import org.threadline.core.screening.Screener;
import org.threadline.core.work.SharedTask;
import org.threadline.core.work.Workers;
import org.threadline.trace.balance.MassBalance;
import org.threadline.trace.evidence.EvidenceRules;
import org.threadline.trace.graph.Components;
import org.threadline.trace.graph.LoopCheck;
import org.threadline.trace.graph.ProductionGraph;
import org.threadline.trace.model.Product;
import org.threadline.trace.model.SupplyChain;
import org.threadline.trace.risk.RiskSources;
import org.threadline.trace.risk.SectorLookup;

/**
 * Traces a supply chain: builds its production graph, rejects impossible loops, screens every
 * party, balances the volumes, propagates risk along the lines that feed each shipment and gives
 * each shipment its verdict, reasons, traced share and evidence checklist.
 */
public final class TraceEngine {
  private final Screener screener;
  private final GoodsClassifier goods;
  private final SectorLookup sectors;
  private final List<ListInfo> extraLists;
  private final Workers workers;

  /**
   * @param screener screens each party (lists, Xinjiang nexus, goods it says it supplies)
   * @param goods classifies each product line with its shipper's country (DOL TVPRA goods)
   * @param sectors the UFLPA high-priority sector of an HTS code
   * @param extraLists further data the result names with its version (the DOL list, the sector
   *     table), beyond the screener's lists
   * @param workers the threads the caller lends for screening the parties and tracing the
   *     shipments ({@link Workers#CALLER_ONLY}: the calling thread alone)
   */
  public TraceEngine(Screener screener, GoodsClassifier goods, SectorLookup sectors,
      List<ListInfo> extraLists, Workers workers) {
    this.screener = screener;
    this.goods = goods;
    this.sectors = sectors;
    this.extraLists = List.copyOf(extraLists);
    this.workers = workers;
  }

  /**
   * Traces the chain.
   *
   * @throws org.threadline.core.BadInputException when the chain holds a loop that cannot be real
   */
  public TraceResult trace(SupplyChain chain) {
    int partyCount = chain.parties().size();
    // Screening needs the parties only: it starts on the workers while this thread builds the
    // graph, balances the volumes and lists the evidence rules, then joins in.
    PartyScreening screening = new PartyScreening(screener, chain, workers);
    ProductionGraph g;
    Components components;
    MassBalance balance;
    EvidenceRules evidence;
    int[] tier;
    try {
      g = new ProductionGraph(chain);
      components = Components.of(g);
      LoopCheck.check(g, components, chain.file("flows"), chain.file("transforms"));
      balance = MassBalance.of(g, components);
      evidence = new EvidenceRules(chain);
      tier = tiers(g, components, partyCount);
    } catch (RuntimeException | Error e) {
      screening.abandon();
      throw e;
    }
    ScreeningResult[] screened = screening.finish();
    RiskSources risks = RiskSources.of(g, components, screened, goods);

    int shipmentCount = chain.shipments().size();
    ShipmentTrace[] traces = new ShipmentTrace[shipmentCount];
    int shares = Math.max(1, Math.min(workers.parallelism(), shipmentCount / 64));
    ShipmentTracer.Lines lines = new ShipmentTracer.Lines(g, balance, risks, evidence);
    List<SharedTask<Void>> others = new ArrayList<>();
    for (int w = 1; w < shares; w++) {
      int share = w;
      others.add(workers.start(() -> {
        traceShare(share, shares, traces, g, balance, risks, evidence, lines);
        return null;
      }));
    }
    traceShare(0, shares, traces, g, balance, risks, evidence, lines);
    for (SharedTask<Void> other : others) {
      other.join();
    }

    boolean[] partyGap = new boolean[partyCount];
    List<MassBalanceEntry> gaps = new ArrayList<>();
    for (int v = 0; v < g.nodeCount(); v++) {
      if (balance.gap(v)) {
        int p = g.party(v);
        partyGap[p] = true;
        Product product = chain.product(g.product(v));
        gaps.add(new MassBalanceEntry(chain.party(p).id(), product.name(), balance.output(v),
            balance.traced(v), balance.supply(v),
            product.unit() == null ? null : product.unit().code()));
      }
    }
    List<PartyTrace> parties = new ArrayList<>(partyCount);
    for (int p = 0; p < partyCount; p++) {
      parties.add(new PartyTrace(chain.party(p), screened[p], tier[p], risks.commingling(p),
          partyGap[p]));
    }
    List<ListInfo> lists = new ArrayList<>(screener.lists());
    lists.addAll(extraLists);
    return new TraceResult(lists, chain, List.of(traces), parties, gaps);
  }

  /** Traces every {@code shares}-th shipment from {@code share} on. */
  private void traceShare(int share, int shares, ShipmentTrace[] traces, ProductionGraph g,
      MassBalance balance, RiskSources risks, EvidenceRules evidence, ShipmentTracer.Lines lines) {
    ShipmentTracer tracer = new ShipmentTracer(g, balance, risks, evidence, sectors, lines);
    for (int s = share; s < traces.length; s += shares) {
      traces[s] = tracer.trace(s);
    }
  }

  /** A party's tier: 0 for raw material, one more per flow downstream (the longest way in). */
  private static int[] tiers(ProductionGraph g, Components c, int partyCount) {
    int[] nodeTier = new int[g.nodeCount()];
    for (int comp = 0; comp < c.count(); comp++) {
      for (int k = 0; k < c.size(comp); k++) {
        int v = c.member(comp, k);
        int t = 0;
        for (int i = 0; i < g.inFlowCount(v); i++) {
          int u = g.flowSource(g.inFlow(v, i));
          if (c.componentOf(u) != comp) {
            t = Math.max(t, nodeTier[u] + 1);
          }
        }
        for (int i = 0; i < g.inTransformCount(v); i++) {
          int u = g.transformSource(g.inTransform(v, i));
          if (c.componentOf(u) != comp) {
            t = Math.max(t, nodeTier[u]);
          }
        }
        nodeTier[v] = t;
      }
    }
    int[] tier = new int[partyCount];
    for (int v = 0; v < g.nodeCount(); v++) {
      tier[g.party(v)] = Math.max(tier[g.party(v)], nodeTier[v]);
    }
    // An importer that only appears in shipments sits one tier after its shipper.
    SupplyChain chain = g.chain();
    for (int s = 0; s < chain.shipments().size(); s++) {
      var sh = chain.shipments().get(s);
      tier[sh.importer()] = Math.max(tier[sh.importer()], tier[sh.shipper()] + 1);
    }
    return tier;
  }
}
