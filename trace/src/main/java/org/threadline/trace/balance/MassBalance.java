package org.threadline.trace.balance;

import org.threadline.trace.graph.Components;
import org.threadline.trace.graph.ProductionGraph;
import org.threadline.trace.model.Role;
import org.threadline.trace.model.Shipment;
import org.threadline.trace.model.SupplyChain;

/**
 * Volumes and traceability of every product line, from the flows and the transforms' yields.
 *
 * <p>For a line {@code (party, product)}: its <b>output</b> is what it ships; its <b>disclosed
 * supply</b> is what it receives of the product plus what its transforms can make from the inputs
 * it receives (for each output, the scarcest input divided by its input per output: the inputs
 * of one output are a bill of materials, all needed); its <b>traced supply</b> is the part of that
 * supply whose own origin is traced. An origin is a raw-material producer's line that receives
 * nothing: fully traced. Goods are assumed mixed in proportion, so the traced share of a line is
 * {@code traced / max(output, supply)}: output beyond the disclosed supply is untraced by
 * definition. A line that ships more than its disclosed supply can yield has a mass-balance gap:
 * it must be buying from somewhere it has not disclosed.
 */
public final class MassBalance {
  /** Relative tolerance for comparing output with supply (rounding in the files). */
  public static final double TOLERANCE = 1e-9;
  private static final int MAX_LOOP_ROUNDS = 1000;

  private final double[] output;
  private final double[] supply;
  private final double[] traced;
  private final double[] share;
  private final boolean[] origin;

  private MassBalance(int n) {
    output = new double[n];
    supply = new double[n];
    traced = new double[n];
    share = new double[n];
    origin = new boolean[n];
  }

  /** Computes the balance of every line, suppliers before buyers. */
  public static MassBalance of(ProductionGraph g, Components c) {
    SupplyChain chain = g.chain();
    int n = g.nodeCount();
    MassBalance b = new MassBalance(n);
    for (int v = 0; v < n; v++) {
      double out = 0;
      for (int k = 0; k < g.outFlowCount(v); k++) {
        out += chain.flows().quantity(g.outFlow(v, k));
      }
      b.output[v] = out;
      b.origin[v] = g.inFlowCount(v) == 0 && g.inTransformCount(v) == 0
          && chain.party(g.party(v)).role() == Role.RAW_MATERIAL_PRODUCER;
    }
    // A shipment that no flow records is output of its line too.
    for (int s = 0; s < chain.shipments().size(); s++) {
      int v = g.shipmentNode(s);
      Shipment sh = chain.shipments().get(s);
      if (g.outFlowCount(v) == 0 && !Double.isNaN(sh.quantity())) {
        b.output[v] += sh.quantity();
      }
    }
    for (int comp = 0; comp < c.count(); comp++) {
      int size = c.size(comp);
      if (size == 1) {
        b.compute(g, c.member(comp, 0));
        continue;
      }
      // A production loop (checked real by LoopCheck: each round loses volume) converges.
      for (int round = 0; round < MAX_LOOP_ROUNDS; round++) {
        double change = 0;
        for (int k = 0; k < size; k++) {
          int v = c.member(comp, k);
          double before = b.share[v];
          double supplyBefore = b.supply[v];
          b.compute(g, v);
          change = Math.max(change, Math.abs(b.share[v] - before));
          if (Double.isFinite(b.supply[v])) {
            change = Math.max(change,
                Math.abs(b.supply[v] - supplyBefore) / Math.max(1.0, b.supply[v]));
          }
        }
        if (change < 1e-13) {
          break;
        }
      }
    }
    return b;
  }

  private void compute(ProductionGraph g, int v) {
    if (origin[v]) {
      supply[v] = Double.POSITIVE_INFINITY;
      traced[v] = Double.POSITIVE_INFINITY;
      share[v] = 1.0;
      return;
    }
    SupplyChain chain = g.chain();
    double direct = 0;
    double directTraced = 0;
    for (int k = 0; k < g.inFlowCount(v); k++) {
      int f = g.inFlow(v, k);
      double q = chain.flows().quantity(f);
      direct += q;
      directTraced += q * share[g.flowSource(f)];
    }
    double made = 0;
    double madeShare = 0;
    int transforms = g.inTransformCount(v);
    if (transforms > 0) {
      made = Double.POSITIVE_INFINITY;
      madeShare = 1.0;
      for (int k = 0; k < transforms; k++) {
        int t = g.inTransform(v, k);
        int u = g.transformSource(t);
        double available = supply[u] - output[u];
        double ratio = chain.transforms().get(t).inputPerOutput();
        made = Math.min(made, Math.max(0.0, available) / ratio);
        madeShare = Math.min(madeShare, share[u]);
      }
    }
    double total = direct + made;
    supply[v] = total;
    if (Double.isInfinite(total)) {
      // Inputs from an origin are unlimited: the mix is unknown, so take the less traced part.
      traced[v] = Double.POSITIVE_INFINITY;
      share[v] = direct > 0 ? Math.min(madeShare, directTraced / direct) : madeShare;
      return;
    }
    double t = directTraced + madeShare * made;
    traced[v] = t;
    double denominator = Math.max(output[v], total);
    share[v] = denominator > 0 ? Math.min(1.0, t / denominator) : 0.0;
  }

  /** What the line ships, in its product's unit. */
  public double output(int node) { return output[node]; }

  /** What the line's disclosed inputs can yield (infinite for an origin or unlimited inputs). */
  public double supply(int node) { return supply[node]; }

  /** What the line's traced inputs can yield (infinite for an origin or unlimited inputs). */
  public double traced(int node) { return traced[node]; }

  /** The share of the line's goods traced to an origin, in [0,1]. */
  public double share(int node) { return share[node]; }

  /** True when the line is an origin: a raw-material producer's line that receives nothing. */
  public boolean origin(int node) { return origin[node]; }

  /** True when the line is not an origin and discloses no input at all. */
  public boolean undisclosed(int node) {
    return !origin[node] && supply[node] == 0.0;
  }

  /** True when the line ships more than its disclosed inputs can yield, and discloses some. */
  public boolean gap(int node) {
    double s = supply[node];
    return !origin[node] && s > 0 && Double.isFinite(s)
        && output[node] > s * (1 + TOLERANCE) + TOLERANCE;
  }
}
