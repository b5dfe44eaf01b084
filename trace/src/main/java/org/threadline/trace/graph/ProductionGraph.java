package org.threadline.trace.graph;

import java.util.Arrays;
import java.util.List;
import org.threadline.trace.model.Flows;
import org.threadline.trace.model.Shipment;
import org.threadline.trace.model.SupplyChain;
import org.threadline.trace.model.Transform;

/**
 * The production graph of a supply chain. A node is a product held by a party: a {@code
 * (party, product)} pair, a product line. A flow joins {@code (seller, p)} to {@code (buyer, p)};
 * a transform at party {@code B} joins {@code (B, input)} to {@code (B, output)}. Risk and volume
 * move only along these edges, so a garment maker's clean line stays apart from its tainted one.
 *
 * <p>Held as int arrays in compressed-sparse-row form: a million parties and five million flows
 * take a few hundred megabytes.
 */
public final class ProductionGraph {
  private final SupplyChain chain;
  private final LongIntMap index;
  private int nodeCount;
  private int[] nodeParty;
  private int[] nodeProduct;
  private final int[] flowSource;
  private final int[] flowTarget;
  private final int[] transformSource;
  private final int[] transformTarget;
  private final int[] shipmentNode;
  private final int[] inFlowStart;
  private final int[] inFlow;
  private final int[] outFlowStart;
  private final int[] outFlow;
  private final int[] inTransformStart;
  private final int[] inTransform;
  private final int[] outTransformStart;
  private final int[] outTransform;

  /** Builds the graph of a validated chain. */
  public ProductionGraph(SupplyChain chain) {
    this.chain = chain;
    Flows flows = chain.flows();
    int n = flows.size();
    index = new LongIntMap(Math.max(16, chain.parties().size() * 2));
    nodeParty = new int[Math.max(16, chain.parties().size() * 2)];
    nodeProduct = new int[nodeParty.length];
    flowSource = new int[n];
    flowTarget = new int[n];
    for (int f = 0; f < n; f++) {
      flowSource[f] = node(flows.from(f), flows.product(f));
      flowTarget[f] = node(flows.to(f), flows.product(f));
    }
    List<Transform> transforms = chain.transforms();
    transformSource = new int[transforms.size()];
    transformTarget = new int[transforms.size()];
    for (int t = 0; t < transforms.size(); t++) {
      Transform tr = transforms.get(t);
      transformSource[t] = node(tr.party(), tr.input());
      transformTarget[t] = node(tr.party(), tr.output());
    }
    List<Shipment> shipments = chain.shipments();
    shipmentNode = new int[shipments.size()];
    for (int s = 0; s < shipments.size(); s++) {
      Shipment sh = shipments.get(s);
      shipmentNode[s] = node(sh.shipper(), sh.product());
    }
    nodeParty = Arrays.copyOf(nodeParty, nodeCount);
    nodeProduct = Arrays.copyOf(nodeProduct, nodeCount);
    inFlowStart = new int[nodeCount + 1];
    inFlow = bucket(flowTarget, inFlowStart);
    outFlowStart = new int[nodeCount + 1];
    outFlow = bucket(flowSource, outFlowStart);
    inTransformStart = new int[nodeCount + 1];
    inTransform = bucket(transformTarget, inTransformStart);
    outTransformStart = new int[nodeCount + 1];
    outTransform = bucket(transformSource, outTransformStart);
  }

  private int node(int party, int product) {
    long key = ((long) party << 32) | (product & 0xffffffffL);
    int i = index.putIfAbsent(key, nodeCount);
    if (i == nodeCount) {
      if (nodeCount == nodeParty.length) {
        nodeParty = Arrays.copyOf(nodeParty, nodeCount * 2);
        nodeProduct = Arrays.copyOf(nodeProduct, nodeCount * 2);
      }
      nodeParty[nodeCount] = party;
      nodeProduct[nodeCount] = product;
      nodeCount++;
    }
    return i;
  }

  /** Counting sort of edge ids by their node: {@code start[v]..start[v+1]} index the result. */
  private int[] bucket(int[] nodeOfEdge, int[] start) {
    for (int node : nodeOfEdge) {
      start[node + 1]++;
    }
    for (int v = 0; v < nodeCount; v++) {
      start[v + 1] += start[v];
    }
    int[] fill = Arrays.copyOf(start, nodeCount);
    int[] out = new int[nodeOfEdge.length];
    for (int e = 0; e < nodeOfEdge.length; e++) {
      out[fill[nodeOfEdge[e]]++] = e;
    }
    return out;
  }

  public SupplyChain chain() { return chain; }
  public int nodeCount() { return nodeCount; }
  public int party(int node) { return nodeParty[node]; }
  public int product(int node) { return nodeProduct[node]; }

  /** The node a shipment leaves from: its exporter's (else manufacturer's) line of the product. */
  public int shipmentNode(int shipment) { return shipmentNode[shipment]; }

  public int flowSource(int flow) { return flowSource[flow]; }
  public int flowTarget(int flow) { return flowTarget[flow]; }
  public int transformSource(int transform) { return transformSource[transform]; }
  public int transformTarget(int transform) { return transformTarget[transform]; }

  public int inFlowCount(int node) { return inFlowStart[node + 1] - inFlowStart[node]; }
  public int inFlow(int node, int k) { return inFlow[inFlowStart[node] + k]; }
  public int outFlowCount(int node) { return outFlowStart[node + 1] - outFlowStart[node]; }
  public int outFlow(int node, int k) { return outFlow[outFlowStart[node] + k]; }
  public int inTransformCount(int node) { return inTransformStart[node + 1] - inTransformStart[node]; }
  public int inTransform(int node, int k) { return inTransform[inTransformStart[node] + k]; }
  public int outTransformCount(int node) { return outTransformStart[node + 1] - outTransformStart[node]; }
  public int outTransform(int node, int k) { return outTransform[outTransformStart[node] + k]; }
}
