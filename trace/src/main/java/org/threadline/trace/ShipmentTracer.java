package org.threadline.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.threadline.core.model.Finding;
import org.threadline.core.model.HighRiskGood;
import org.threadline.core.model.Risk;
import org.threadline.core.screening.RiskRules;
import org.threadline.trace.balance.MassBalance;
import org.threadline.trace.evidence.ChecklistItem;
import org.threadline.trace.evidence.ChecklistItems;
import org.threadline.trace.evidence.EvidenceRules;
import org.threadline.trace.graph.ProductionGraph;
import org.threadline.trace.model.ChainParty;
import org.threadline.trace.model.DocumentType;
import org.threadline.trace.model.Product;
import org.threadline.trace.model.Shipment;
import org.threadline.trace.model.SupplyChain;
import org.threadline.trace.risk.RiskSources;
import org.threadline.trace.risk.SectorLookup;

/**
 * Traces one shipment at a time: walks back from the shipment's line over the lines that feed it
 * (breadth first, so the first path found to each party is a shortest one), and reads on the way
 * every risk source, every break in traceability, every mass-balance gap and every document the
 * evidence pack needs. Keeps its work arrays between shipments; one tracer per thread.
 */
final class ShipmentTracer {
  /** At most this many further paths per reason. */
  private static final int OTHER_PATHS = 4;
  /** At most this many steps spent looking for further paths per reason. */
  private static final int PATH_SEARCH_STEPS = 2_000;
  /** Medium reasons of one kind listed one by one per shipment; the rest are summed up. */
  static final int MEDIUM_PER_KIND = 10;
  /** At most this many flow ids listed per hop of a path. */
  private static final int FLOWS_PER_HOP = 5;

  private final ProductionGraph g;
  private final Lines lines;
  private final SupplyChain chain;
  private final MassBalance balance;
  private final RiskSources risks;
  private final EvidenceRules evidence;
  private final SectorLookup sectors;
  private final int[] mark;
  private final int[] next;
  private final int[] partyMark;
  /** Per party, the types of its own documents already on the current shipment's checklist. */
  private final int[] partyDocuments;
  private final ChecklistItems.Builder items;
  /** Per line, the sentences of its goods at risk, made when first needed. */
  private final String[][] goodsDetails;
  private int[] queue = new int[64];
  private int stamp;

  ShipmentTracer(ProductionGraph g, MassBalance balance, RiskSources risks,
      EvidenceRules evidence, SectorLookup sectors, Lines lines) {
    this.g = g;
    this.lines = lines;
    this.chain = g.chain();
    this.balance = balance;
    this.risks = risks;
    this.evidence = evidence;
    this.sectors = sectors;
    mark = new int[g.nodeCount()];
    next = new int[g.nodeCount()];
    partyMark = new int[chain.parties().size()];
    partyDocuments = new int[chain.parties().size()];
    items = new ChecklistItems.Builder(evidence, ShipmentTrace.MAX_ITEMS);
    goodsDetails = new String[g.nodeCount()][];
  }

  ShipmentTrace trace(int shipmentIndex) {
    stamp++;
    Shipment shipment = chain.shipments().get(shipmentIndex);
    int target = g.shipmentNode(shipmentIndex);
    Product shipped = chain.product(shipment.product());
    String sector = sectorOf(shipment.hts() != null ? shipment.hts() : shipped.hts());
    int size = walkBack(target);

    List<Draft> reasons = new ArrayList<>();
    Checklist checklist = new Checklist();
    boolean volumeExplained = false;
    for (int i = 0; i < size; i++) {
      int v = queue[i];
      int info = lines.info(v);
      if (info == 0 && items.full()) {
        // Most lines feeding a shipment are complete and clean: count their documents at once.
        checklist.addCounts(lines.documents(v));
        continue;
      }
      int p = g.party(v);
      ChainParty party = chain.party(p);
      if ((info & (Lines.PARTY | Lines.LINE_DOCUMENTS)) != 0 && partyMark[p] != stamp) {
        partyMark[p] = stamp;
        partyDocuments[p] = 0;
        for (Finding f : (info & Lines.PARTY) != 0 ? risks.partyFindings(p) : List.<Finding>of()) {
          reasons.add(reason(f.kind().code(), RiskRules.riskOf(f),
              RiskRules.triggersPresumption(f), party, FindingSummary.describe(party, f), v, f));
        }
        if ((info & Lines.PARTY) != 0 && risks.commingling(p)) {
          reasons.add(reason("commingling", Risk.MEDIUM, false, party, party.label()
              + " receives inputs from a risk source and inputs that are not: the separation of"
              + " its product lines must be shown", v, null));
        }
      }
      if ((info & Lines.GOODS) != 0) {
        List<HighRiskGood> goods = risks.lineGoods(v);
        for (int k = 0; k < goods.size(); k++) {
          HighRiskGood good = goods.get(k);
          reasons.add(reason(good.kind().code(), RiskRules.riskOf(good), false, party,
              goodsDetail(v, k, party, good), v, good));
        }
      }
      if ((info & Lines.UNDISCLOSED) != 0) {
        Product product = chain.product(g.product(v));
        String unit = unitSuffix(product);
        String lineSector = sectorOf(product.hts());
        boolean priority = lineSector != null || sector != null;
        reasons.add(reason("untraced_volume", priority ? Risk.HIGH : Risk.MEDIUM, false, party,
            party.label() + " discloses no input for " + product.name()
                + " (" + format(balance.output(v)) + unit + " shipped): the chain is not traced"
                + " to origin beyond it" + sectorNote(lineSector != null ? lineSector : sector),
            v, null));
        volumeExplained = true;
      } else if ((info & Lines.GAP) != 0) {
        Product product = chain.product(g.product(v));
        String unit = unitSuffix(product);
        String lineSector = sectorOf(product.hts());
        boolean priority = lineSector != null || sector != null;
        reasons.add(reason("mass_balance_gap", priority ? Risk.HIGH : Risk.MEDIUM, false, party,
            party.label() + " ships " + format(balance.output(v)) + unit + " of "
                + product.name() + " but its disclosed inputs yield at most "
                + format(balance.supply(v)) + unit + ": it buys from a source it has not"
                + " disclosed" + sectorNote(lineSector != null ? lineSector : sector),
            v, null));
        volumeExplained = true;
      }
      if (items.full() && (info & Lines.MISSING) == 0) {
        checklist.addCounts(lines.documents(v));
      } else {
        for (int k = 0; k < g.inFlowCount(v); k++) {
          checklist.addFlow(g.inFlow(v, k));
        }
      }
      if ((info & Lines.LINE_DOCUMENTS) != 0) {
        evidence.forLine(g, v, balance.origin(v), (owner, type, present) -> {
          if ((partyDocuments[owner] & type.bit()) == 0) {
            partyDocuments[owner] |= type.bit();
            checklist.addPartyDocument(owner, type, present);
          }
        });
      }
    }
    for (int k = 0; k < g.outFlowCount(target); k++) {
      int f = g.outFlow(target, k);
      if (chain.flows().to(f) == shipment.importer()) {
        checklist.addFlow(f);
      }
    }
    double share = balance.share(target);
    ChainParty shipper = chain.party(shipment.shipper());
    if (share < 1.0 - 1e-12 && !volumeExplained) {
      reasons.add(reason("untraced_volume", sector != null ? Risk.HIGH : Risk.MEDIUM, false,
          shipper, format(100 * (1 - share)) + "% of the shipped " + shipped.name()
              + " is not traced to origin" + sectorNote(sector), target, null));
    }
    int missing = checklist.expected - checklist.present;
    if (missing > 0) {
      reasons.add(reason("missing_documents", Risk.MEDIUM, false, shipper, missing + " of "
          + checklist.expected + " documents CBP's guidance expects are missing ("
          + String.join(", ", checklist.missingTypes) + ")", target, null));
    }
    reasons.sort(Comparator.comparingInt(r -> r.level().ordinal()));
    List<Reason> kept = grouped(reasons, target, shipment);
    Risk verdict = Risk.LOW;
    boolean presumption = false;
    for (Reason r : kept) {
      verdict = Risk.worst(verdict, r.level());
      presumption |= r.presumption();
    }
    return new ShipmentTrace(shipment, verdict, presumption, kept, share, sector,
        items.build(), checklist.expected, checklist.present, checklist.missing);
  }

  /**
   * Counts every item; keeps the first {@link ShipmentTrace#MAX_ITEMS} of each list. Items are
   * counted from their flow's bits; only missing ones become objects here, the others when the
   * evidence pack reads them ({@link ChecklistItems}).
   */
  private final class Checklist {
    final List<ChecklistItem> missing = new ArrayList<>();
    /** The codes of the missing types, in the order first met. */
    final List<String> missingTypes = new ArrayList<>();
    int missingTypeBits;
    int expected;
    int present;

    Checklist() {
      items.clear();
    }

    void addFlow(int flow) {
      int want = evidence.expected(flow);
      int have = evidence.present(flow);
      items.addFlow(flow);
      expected += Integer.bitCount(want);
      present += Integer.bitCount(want & have);
      if ((want & ~have) != 0) {
        evidence.forFlow(flow, item -> {
          if (!item.present()) {
            missed(item);
          }
        });
      }
    }

    /** Counts the documents of a line's incoming flows when none is missing. */
    void addCounts(int count) {
      expected += count;
      present += count;
    }

    void addPartyDocument(int party, DocumentType type, boolean isPresent) {
      items.addPartyDocument(party, type, isPresent);
      expected++;
      if (isPresent) {
        present++;
      } else {
        missed(new ChecklistItem(null, chain.party(party).id(), type, false));
      }
    }

    private void missed(ChecklistItem item) {
      if ((missingTypeBits & item.type().bit()) == 0) {
        missingTypeBits |= item.type().bit();
        missingTypes.add(item.type().code());
      }
      if (missing.size() < ShipmentTrace.MAX_ITEMS) {
        missing.add(item);
      }
    }
  }

  /**
   * The sentence for a good at risk on a line: the same for every shipment the line feeds, so
   * made once per line (per tracer) and shared by those shipments' reasons.
   */
  private String goodsDetail(int node, int k, ChainParty party, HighRiskGood good) {
    String[] made = goodsDetails[node];
    if (made == null) {
      made = new String[risks.lineGoods(node).size()];
      goodsDetails[node] = made;
    }
    if (made[k] == null) {
      made[k] = FindingSummary.describe(party, good);
    }
    return made[k];
  }

  private static String unitSuffix(Product product) {
    return product.unit() == null ? "" : " " + product.unit().code();
  }

  /**
   * Keeps every reason at {@code high} or worse; of the medium reasons of one kind, keeps the
   * first {@link #MEDIUM_PER_KIND} (the nearest to the shipment) and sums up the rest in one
   * reason that names their parties, so a shipment fed by hundreds of DOL-listed cotton lines
   * still reads.
   */
  private List<Reason> grouped(List<Draft> reasons, int target, Shipment shipment) {
    java.util.Map<String, List<Draft>> extra = new java.util.LinkedHashMap<>();
    java.util.Map<String, Integer> seen = new java.util.HashMap<>();
    List<Reason> out = new ArrayList<>();
    for (Draft r : reasons) {
      if (r.level().atLeast(Risk.HIGH) || seen.merge(r.kind(), 1, Integer::sum) <= MEDIUM_PER_KIND) {
        out.add(made(r, target, shipment));
      } else {
        extra.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r);
      }
    }
    for (List<Draft> rest : extra.values()) {
      Draft first = rest.get(0);
      Set<String> parties = new LinkedHashSet<>();
      rest.forEach(r -> parties.add(r.party()));
      String named = String.join(", ", parties.stream().limit(20).toList())
          + (parties.size() > 20 ? ", ..." : "");
      out.add(new Reason(first.kind(), first.level(), false, first.party(), rest.size()
          + " more reasons of this kind, at " + parties.size() + " parties: " + named
          + " (the first: " + first.detail() + ")", made(first, target, shipment).path(),
          List.of(), first.finding()));
    }
    return out;
  }

  /**
   * A reason before its paths are laid out: of the medium reasons of one kind beyond the first
   * {@link #MEDIUM_PER_KIND}, only the first keeps a path, so the others never need one.
   */
  private record Draft(String kind, Risk level, boolean presumption, String party, String detail,
      int source, Finding finding) {}

  /** Breadth-first walk back from the target; returns how many lines feed it (itself included). */
  private int walkBack(int target) {
    int head = 0;
    int tail = 0;
    queue[tail++] = target;
    mark[target] = stamp;
    next[target] = -1;
    while (head < tail) {
      int v = queue[head++];
      for (int k = 0; k < g.inFlowCount(v); k++) {
        tail = visit(g.flowSource(g.inFlow(v, k)), v, tail);
      }
      for (int k = 0; k < g.inTransformCount(v); k++) {
        tail = visit(g.transformSource(g.inTransform(v, k)), v, tail);
      }
    }
    return tail;
  }

  private int visit(int u, int from, int tail) {
    if (mark[u] == stamp) {
      return tail;
    }
    mark[u] = stamp;
    next[u] = from;
    if (tail == queue.length) {
      queue = Arrays.copyOf(queue, queue.length * 2);
    }
    queue[tail] = u;
    return tail + 1;
  }

  private static Draft reason(String kind, Risk level, boolean presumption, ChainParty party,
      String detail, int source, Finding finding) {
    return new Draft(kind, level, presumption, party.id(), detail, source, finding);
  }

  /** The reason with its shortest path and, for a high one, a few others. */
  private Reason made(Draft draft, int target, Shipment shipment) {
    int source = draft.source();
    Risk level = draft.level();
    List<Integer> shortest = new ArrayList<>();
    for (int v = source; v >= 0; v = next[v]) {
      shortest.add(v);
    }
    TracePath path = toPath(shortest, shipment);
    List<TracePath> others = new ArrayList<>();
    // Further paths matter where the presumption or a high risk is at stake; a medium reason
    // names its shortest path only, which keeps a chain with thousands of them readable.
    if (source != target && level.atLeast(Risk.HIGH)) {
      Set<List<String>> seen = new HashSet<>();
      seen.add(key(path));
      for (List<Integer> nodes : otherPaths(source, target)) {
        TracePath p = toPath(nodes, shipment);
        if (seen.add(key(p))) {
          others.add(p);
          if (others.size() == OTHER_PATHS) {
            break;
          }
        }
      }
    }
    return new Reason(draft.kind(), level, draft.presumption(), draft.party(), draft.detail(),
        path, others, draft.finding());
  }

  private static List<String> key(TracePath p) {
    List<String> k = new ArrayList<>(p.parties());
    k.addAll(p.products());
    return k;
  }

  /** Depth-first search for further paths from source to target over the lines that feed it. */
  private List<List<Integer>> otherPaths(int source, int target) {
    List<List<Integer>> found = new ArrayList<>();
    List<Integer> path = new ArrayList<>();
    List<int[]> cursor = new ArrayList<>();
    Set<Integer> onPath = new HashSet<>();
    path.add(source);
    onPath.add(source);
    cursor.add(new int[] {0});
    int steps = 0;
    while (!path.isEmpty() && steps++ < PATH_SEARCH_STEPS && found.size() <= OTHER_PATHS) {
      int v = path.get(path.size() - 1);
      if (v == target) {
        found.add(List.copyOf(path));
        onPath.remove(path.remove(path.size() - 1));
        cursor.remove(cursor.size() - 1);
        continue;
      }
      int[] c = cursor.get(cursor.size() - 1);
      int outFlows = g.outFlowCount(v);
      int degree = outFlows + g.outTransformCount(v);
      int w = -1;
      while (c[0] < degree && w < 0) {
        int k = c[0]++;
        int candidate = k < outFlows ? g.flowTarget(g.outFlow(v, k))
            : g.transformTarget(g.outTransform(v, k - outFlows));
        if (mark[candidate] == stamp && !onPath.contains(candidate)) {
          w = candidate;
        }
      }
      if (w < 0) {
        onPath.remove(path.remove(path.size() - 1));
        cursor.remove(cursor.size() - 1);
      } else {
        path.add(w);
        onPath.add(w);
        cursor.add(new int[] {0});
      }
    }
    return found;
  }

  /** Lines to parties: a party's consecutive lines (received, then made) show as what it ships. */
  private TracePath toPath(List<Integer> nodes, Shipment shipment) {
    List<String> parties = new ArrayList<>();
    List<String> products = new ArrayList<>();
    List<String> flows = new ArrayList<>();
    int lastParty = -1;
    int previous = -1;
    for (int v : nodes) {
      int p = g.party(v);
      String product = chain.product(g.product(v)).name();
      if (p == lastParty) {
        products.set(products.size() - 1, product);
      } else {
        if (previous >= 0) {
          addFlows(flows, v, previous, -1);
        }
        parties.add(chain.party(p).id());
        products.add(product);
        lastParty = p;
      }
      previous = v;
    }
    if (shipment.importer() != lastParty) {
      int last = nodes.get(nodes.size() - 1);
      addFlows(flows, -1, last, shipment.importer());
      parties.add(chain.party(shipment.importer()).id());
      products.add(chain.product(shipment.product()).name());
    }
    return new TracePath(parties, products, flows);
  }

  /** The flows into {@code into} from {@code from}; or, with into < 0, from {@code from} to a party. */
  private void addFlows(List<String> out, int into, int from, int toParty) {
    int added = 0;
    if (into >= 0) {
      for (int k = 0; k < g.inFlowCount(into) && added < FLOWS_PER_HOP; k++) {
        int f = g.inFlow(into, k);
        if (g.flowSource(f) == from) {
          out.add(chain.flows().id(f));
          added++;
        }
      }
    } else {
      for (int k = 0; k < g.outFlowCount(from) && added < FLOWS_PER_HOP; k++) {
        int f = g.outFlow(from, k);
        if (chain.flows().to(f) == toParty) {
          out.add(chain.flows().id(f));
          added++;
        }
      }
    }
  }

  private String sectorOf(String hts) {
    return hts == null ? null : sectors.sectorOf(hts);
  }

  private static String sectorNote(String sector) {
    return sector == null ? "" : " (UFLPA high-priority sector: " + sector + ")";
  }

  /**
   * What the walk needs to know of each line, worked out once for all shipments: whether it is
   * a source of reasons or of documents to list, and how many documents its incoming flows
   * expect. Most lines feeding a shipment are complete and clean; the walk then reads one int and
   * one long for them instead of their party, balance, goods and every incoming flow.
   */
  static final class Lines {
    /** The party has findings of its own, or commingles. */
    static final int PARTY = 1;
    /** The line ships goods at risk. */
    static final int GOODS = 2;
    /** The line discloses no input. */
    static final int UNDISCLOSED = 4;
    /** The line has a mass-balance gap. */
    static final int GAP = 8;
    /** The line's party owes documents of its own for it (production records, ...). */
    static final int LINE_DOCUMENTS = 16;
    /** An incoming flow of the line misses a document. */
    static final int MISSING = 32;

    private final byte[] info;
    private final int[] documents;

    Lines(ProductionGraph g, MassBalance balance, RiskSources risks, EvidenceRules evidence) {
      int n = g.nodeCount();
      info = new byte[n];
      documents = new int[n];
      int[] owed = new int[1];
      for (int v = 0; v < n; v++) {
        int p = g.party(v);
        int bits = 0;
        if (!risks.partyFindings(p).isEmpty() || risks.commingling(p)) {
          bits |= PARTY;
        }
        if (!risks.lineGoods(v).isEmpty()) {
          bits |= GOODS;
        }
        if (balance.undisclosed(v)) {
          bits |= UNDISCLOSED;
        } else if (balance.gap(v)) {
          bits |= GAP;
        }
        owed[0] = 0;
        evidence.forLine(g, v, balance.origin(v), (owner, type, present) -> owed[0]++);
        if (owed[0] > 0) {
          bits |= LINE_DOCUMENTS;
        }
        int expected = 0;
        for (int k = 0; k < g.inFlowCount(v); k++) {
          int f = g.inFlow(v, k);
          int want = evidence.expected(f);
          expected += Integer.bitCount(want);
          if ((want & ~evidence.present(f)) != 0) {
            bits |= MISSING;
          }
        }
        info[v] = (byte) bits;
        documents[v] = expected;
      }
    }

    int info(int node) {
      return info[node];
    }

    /** How many documents the line's incoming flows expect (all there unless {@link #MISSING}). */
    int documents(int node) {
      return documents[node];
    }
  }

  static String format(double x) {
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return Long.toString((long) x);
    }
    return String.format(Locale.ROOT, "%.2f", x);
  }

}
