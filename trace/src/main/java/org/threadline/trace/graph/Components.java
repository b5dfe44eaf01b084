package org.threadline.trace.graph;

import java.util.Arrays;

/**
 * The strongly connected components of a production graph in topological order (suppliers before
 * their buyers), found with Tarjan's algorithm run on an explicit stack so that chains millions of
 * tiers deep do not overflow the call stack. A chain without loops has one node per component.
 */
public final class Components {
  private final int[] componentOf;
  private final int[] memberStart;
  private final int[] members;
  private final int count;

  private Components(int[] componentOf, int[] memberStart, int[] members, int count) {
    this.componentOf = componentOf;
    this.memberStart = memberStart;
    this.members = members;
    this.count = count;
  }

  /** Finds the components of the graph. */
  public static Components of(ProductionGraph g) {
    int n = g.nodeCount();
    int[] indexOf = new int[n];
    Arrays.fill(indexOf, -1);
    int[] low = new int[n];
    boolean[] onStack = new boolean[n];
    int[] stack = new int[n];
    int sp = 0;
    int[] callNode = new int[n];
    int[] callEdge = new int[n];
    int cp;
    int nextIndex = 0;
    int[] componentOf = new int[n];
    int found = 0;
    // Tarjan emits components sinks first; we number them and reverse at the end.
    int[] emitted = new int[n];
    int emittedCount = 0;
    for (int root = 0; root < n; root++) {
      if (indexOf[root] >= 0) {
        continue;
      }
      cp = 0;
      callNode[cp] = root;
      callEdge[cp] = 0;
      cp++;
      indexOf[root] = low[root] = nextIndex++;
      stack[sp++] = root;
      onStack[root] = true;
      while (cp > 0) {
        int v = callNode[cp - 1];
        int k = callEdge[cp - 1];
        int outFlows = g.outFlowCount(v);
        int degree = outFlows + g.outTransformCount(v);
        if (k < degree) {
          callEdge[cp - 1] = k + 1;
          int w = k < outFlows ? g.flowTarget(g.outFlow(v, k))
              : g.transformTarget(g.outTransform(v, k - outFlows));
          if (indexOf[w] < 0) {
            indexOf[w] = low[w] = nextIndex++;
            stack[sp++] = w;
            onStack[w] = true;
            callNode[cp] = w;
            callEdge[cp] = 0;
            cp++;
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], indexOf[w]);
          }
        } else {
          cp--;
          if (cp > 0) {
            int parent = callNode[cp - 1];
            low[parent] = Math.min(low[parent], low[v]);
          }
          if (low[v] == indexOf[v]) {
            int w;
            do {
              w = stack[--sp];
              onStack[w] = false;
              componentOf[w] = found;
              emitted[emittedCount++] = w;
            } while (w != v);
            found++;
          }
        }
      }
    }
    // Renumber so that component 0 is a source: topological order is then 0, 1, 2, ...
    for (int v = 0; v < n; v++) {
      componentOf[v] = found - 1 - componentOf[v];
    }
    int[] memberStart = new int[found + 1];
    for (int v = 0; v < n; v++) {
      memberStart[componentOf[v] + 1]++;
    }
    for (int c = 0; c < found; c++) {
      memberStart[c + 1] += memberStart[c];
    }
    int[] fill = Arrays.copyOf(memberStart, found);
    int[] members = new int[n];
    for (int i = emittedCount - 1; i >= 0; i--) {
      int v = emitted[i];
      members[fill[componentOf[v]]++] = v;
    }
    return new Components(componentOf, memberStart, members, found);
  }

  /** The number of components. */
  public int count() { return count; }

  /** The component of a node; components are numbered in topological order. */
  public int componentOf(int node) { return componentOf[node]; }

  public int size(int component) { return memberStart[component + 1] - memberStart[component]; }

  public int member(int component, int k) { return members[memberStart[component] + k]; }
}
