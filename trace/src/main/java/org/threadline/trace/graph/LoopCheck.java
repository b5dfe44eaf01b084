package org.threadline.trace.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.threadline.core.BadInputException;
import org.threadline.trace.model.SupplyChain;
import org.threadline.trace.model.Transform;

/**
 * Rejects the loops that cannot be real production. Goods may go round a loop only when each
 * round consumes more than it gives back (scrap recycled into yarn at a loss, say); a loop that
 * returns as much as it took, or more, would make goods out of nothing. Going round, a quantity is
 * divided by each transform's input per output, so a loop is real only when the product of those
 * ratios exceeds one. Bellman-Ford on {@code log(ratio)} per transform, less a small margin per
 * edge, finds any loop that fails.
 */
public final class LoopCheck {
  /** Per edge: a loop whose ratios multiply to at most {@code 1 + ~MARGIN * edges} fails. */
  private static final double MARGIN = 1e-9;

  private LoopCheck() {}

  /**
   * Checks every loop of the graph.
   *
   * @throws BadInputException naming one flow or transform of a loop that cannot be real
   */
  public static void check(ProductionGraph g, Components c, String flowsFile,
      String transformsFile) {
    for (int comp = 0; comp < c.count(); comp++) {
      if (c.size(comp) > 1) {
        checkComponent(g, c, comp, flowsFile, transformsFile);
      }
    }
  }

  private static void checkComponent(ProductionGraph g, Components c, int comp, String flowsFile,
      String transformsFile) {
    int size = c.size(comp);
    SupplyChain chain = g.chain();
    // Local numbering of the component's nodes.
    int[] nodes = new int[size];
    java.util.Map<Integer, Integer> local = new java.util.HashMap<>();
    for (int k = 0; k < size; k++) {
      nodes[k] = c.member(comp, k);
      local.put(nodes[k], k);
    }
    // Edges inside the component: from, to, weight, and which flow (>= 0) or transform (< 0).
    List<int[]> edges = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (int k = 0; k < size; k++) {
      int v = nodes[k];
      for (int i = 0; i < g.outFlowCount(v); i++) {
        int f = g.outFlow(v, i);
        Integer to = local.get(g.flowTarget(f));
        if (to != null) {
          edges.add(new int[] {k, to, f});
          weights.add(-MARGIN);
        }
      }
      for (int i = 0; i < g.outTransformCount(v); i++) {
        int t = g.outTransform(v, i);
        Integer to = local.get(g.transformTarget(t));
        if (to != null) {
          edges.add(new int[] {k, to, -1 - t});
          weights.add(Math.log(chain.transforms().get(t).inputPerOutput()) - MARGIN);
        }
      }
    }
    double[] dist = new double[size];
    int[] via = new int[size];
    Arrays.fill(via, -1);
    int relaxed = -1;
    for (int round = 0; round < size; round++) {
      relaxed = -1;
      for (int e = 0; e < edges.size(); e++) {
        int[] edge = edges.get(e);
        double d = dist[edge[0]] + weights.get(e);
        if (d < dist[edge[1]] - 1e-15) {
          dist[edge[1]] = d;
          via[edge[1]] = e;
          relaxed = edge[1];
        }
      }
      if (relaxed < 0) {
        return;
      }
    }
    // Still relaxing after |V| rounds: walk back |V| steps to land on the cycle, then read it.
    int v = relaxed;
    for (int i = 0; i < size; i++) {
      v = edges.get(via[v])[0];
    }
    List<int[]> cycle = new ArrayList<>();
    int u = v;
    do {
      int[] edge = edges.get(via[u]);
      cycle.add(0, edge);
      u = edge[0];
    } while (u != v);
    StringBuilder path = new StringBuilder();
    int[] blame = cycle.get(0);
    for (int[] edge : cycle) {
      int node = nodes[edge[0]];
      path.append(label(g, node)).append(" -> ");
      if (edge[2] < 0 && blame[2] >= 0) {
        blame = edge;
      }
    }
    path.append(label(g, nodes[cycle.get(0)[0]]));
    String reason = "a loop that cannot be real production: " + path
        + " (going round it gives back as much as it takes, or more)";
    if (blame[2] >= 0) {
      throw new BadInputException(flowsFile, chain.flows().row(blame[2]), "to_party", reason);
    }
    Transform t = chain.transforms().get(-1 - blame[2]);
    throw new BadInputException(transformsFile, t.row(), "output_product", reason);
  }

  private static String label(ProductionGraph g, int node) {
    SupplyChain chain = g.chain();
    return chain.product(g.product(node)).name() + " at " + chain.party(g.party(node)).id();
  }
}
