package org.threadline.report.trace;

import org.threadline.report.HtmlText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.threadline.core.model.Risk;
import org.threadline.trace.PartyTrace;
import org.threadline.trace.Reason;
import org.threadline.trace.ShipmentTrace;
import org.threadline.trace.TracePath;
import org.threadline.trace.TraceResult;
import org.threadline.trace.model.Flows;
import org.threadline.trace.model.SupplyChain;

/**
 * The picture of a chain as inline SVG, laid out by tier: raw material on the left, importers on
 * the right. A party is a box coloured by its own screening risk; an arrow joins a seller to a
 * buyer, labelled with what flows, red where a critical reason travels along it and orange where
 * a high one does. Large chains are drawn in part: the parties on the reasons' paths and the
 * shipments' own parties first, up to {@link #MAX_PARTIES}.
 */
final class ChainPicture {
  static final int MAX_PARTIES = 120;
  private static final int BOX_W = 170;
  private static final int BOX_H = 46;
  private static final int COL_GAP = 80;
  private static final int ROW_GAP = 18;
  private static final int MARGIN = 16;
  private static final int LEGEND_H = 28;

  private ChainPicture() {}

  /** The number of parties drawn. */
  static int drawnCount(TraceResult result) {
    return chosen(result).size();
  }

  static String svg(TraceResult result) {
    SupplyChain chain = result.chain();
    List<Integer> drawn = chosen(result);
    Map<String, Integer> indexOf = chain.partyIndex();
    Map<Integer, Integer> tierRow = new HashMap<>();
    Map<Integer, int[]> position = new LinkedHashMap<>();
    int maxTier = 0;
    int maxRow = 0;
    drawn.sort(Comparator.comparingInt((Integer p) -> result.parties().get(p).tier())
        .thenComparingInt(p -> p));
    for (int p : drawn) {
      int tier = result.parties().get(p).tier();
      int row = tierRow.merge(tier, 1, Integer::sum) - 1;
      position.put(p, new int[] {MARGIN + tier * (BOX_W + COL_GAP),
          MARGIN + LEGEND_H + row * (BOX_H + ROW_GAP)});
      maxTier = Math.max(maxTier, tier);
      maxRow = Math.max(maxRow, row);
    }
    Map<Long, Risk> edgeRisk = taintedEdges(result, indexOf);
    Map<Long, Set<String>> edges = new LinkedHashMap<>();
    Flows flows = chain.flows();
    for (int f = 0; f < flows.size(); f++) {
      int a = flows.from(f);
      int b = flows.to(f);
      if (position.containsKey(a) && position.containsKey(b)) {
        edges.computeIfAbsent(key(a, b), k -> new LinkedHashSet<>())
            .add(chain.product(flows.product(f)).name());
      }
    }
    for (ShipmentTrace s : result.shipments()) {
      int a = s.shipment().shipper();
      int b = s.shipment().importer();
      if (position.containsKey(a) && position.containsKey(b)) {
        edges.computeIfAbsent(key(a, b), k -> new LinkedHashSet<>())
            .add(chain.product(s.shipment().product()).name());
      }
    }
    int width = 2 * MARGIN + (maxTier + 1) * BOX_W + maxTier * COL_GAP;
    int height = 2 * MARGIN + LEGEND_H + (maxRow + 1) * BOX_H + maxRow * ROW_GAP;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chain\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width)
        .append(' ').append(height).append("\" font-family=\"sans-serif\" font-size=\"11\">\n");
    svg.append("<defs>");
    for (String[] m : new String[][] {{"grey", "#8a8a8a"}, {"high", "#e67e22"},
        {"critical", "#c0392b"}}) {
      svg.append("<marker id=\"arrow-").append(m[0]).append("\" viewBox=\"0 0 10 10\" refX=\"10\""
          + " refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5"
          + " L0,10 z\" fill=\"").append(m[1]).append("\"/></marker>");
    }
    svg.append("</defs>\n");
    legend(svg);
    for (Map.Entry<Long, Set<String>> e : edges.entrySet()) {
      int a = (int) (e.getKey() >>> 32);
      int b = (int) (long) e.getKey();
      int[] pa = position.get(a);
      int[] pb = position.get(b);
      Risk risk = edgeRisk.getOrDefault(e.getKey(), Risk.NONE);
      String colour = risk == Risk.CRITICAL ? "#c0392b" : risk == Risk.HIGH ? "#e67e22" : "#8a8a8a";
      String marker = risk == Risk.CRITICAL ? "critical" : risk == Risk.HIGH ? "high" : "grey";
      double x1 = pa[0] + BOX_W;
      double y1 = pa[1] + BOX_H / 2.0;
      double x2 = pb[0];
      double y2 = pb[1] + BOX_H / 2.0;
      if (x2 <= x1) {
        // Same tier or backwards (a loop): bend the arrow below the boxes.
        x1 = pa[0] + BOX_W / 2.0;
        y1 = pa[1] + BOX_H;
        x2 = pb[0] + BOX_W / 2.0;
        y2 = pb[1] + BOX_H;
      }
      double mx = (x1 + x2) / 2;
      svg.append("<path class=\"edge ").append(marker).append("\" d=\"M").append(n(x1)).append(',')
          .append(n(y1)).append(" C").append(n(mx)).append(',').append(n(y1)).append(' ')
          .append(n(mx)).append(',').append(n(y2)).append(' ').append(n(x2)).append(',')
          .append(n(y2)).append("\" fill=\"none\" stroke=\"").append(colour)
          .append("\" stroke-width=\"").append(risk.atLeast(Risk.HIGH) ? "2.5" : "1.2")
          .append("\" marker-end=\"url(#arrow-").append(marker).append(")\"/>\n");
      String label = String.join(", ", e.getValue());
      svg.append("<text x=\"").append(n(mx)).append("\" y=\"").append(n((y1 + y2) / 2 - 3))
          .append("\" text-anchor=\"middle\" font-size=\"9\" fill=\"").append(colour).append("\">")
          .append(HtmlText.escape(shorten(label, 28))).append("</text>\n");
    }
    for (Map.Entry<Integer, int[]> e : position.entrySet()) {
      PartyTrace p = result.parties().get(e.getKey());
      int[] xy = e.getValue();
      Risk risk = p.screening().risk();
      String[] fill = fill(risk);
      svg.append("<g class=\"party risk-").append(risk.code()).append("\">");
      svg.append("<rect x=\"").append(xy[0]).append("\" y=\"").append(xy[1]).append("\" width=\"")
          .append(BOX_W).append("\" height=\"").append(BOX_H).append("\" rx=\"5\" fill=\"")
          .append(fill[0]).append("\" stroke=\"").append(fill[1]).append("\" stroke-width=\"")
          .append(risk.atLeast(Risk.HIGH) ? "2" : "1").append("\"/>");
      String country = p.party().party().country();
      svg.append("<text x=\"").append(xy[0] + 6).append("\" y=\"").append(xy[1] + 16)
          .append("\" font-weight=\"bold\">").append(HtmlText.escape(shorten(p.party().id()
              + (country == null ? "" : " (" + country + ")"), 26))).append("</text>");
      svg.append("<text x=\"").append(xy[0] + 6).append("\" y=\"").append(xy[1] + 30).append("\">")
          .append(HtmlText.escape(shorten(p.party().label(), 28))).append("</text>");
      String role = p.party().role() == null ? "" : p.party().role().code().replace('_', ' ');
      svg.append("<text x=\"").append(xy[0] + 6).append("\" y=\"").append(xy[1] + 42)
          .append("\" font-size=\"9\" fill=\"#555555\">").append(HtmlText.escape(role
              + (p.commingling() ? " · commingling" : "") + (p.massBalanceGap() ? " · gap" : "")))
          .append("</text></g>\n");
    }
    svg.append("</svg>");
    return svg.toString();
  }

  private static void legend(StringBuilder svg) {
    int x = MARGIN;
    int y = MARGIN;
    String[][] items = {{"#f5b7b1", "#c0392b", "critical"}, {"#fad7a0", "#e67e22", "high"},
        {"#fcf3cf", "#b7950b", "medium"}, {"#ffffff", "#8a8a8a", "nothing found"}};
    for (String[] item : items) {
      svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"12\""
          + " height=\"12\" fill=\"").append(item[0]).append("\" stroke=\"").append(item[1])
          .append("\"/><text x=\"").append(x + 16).append("\" y=\"").append(y + 10).append("\">")
          .append(item[2]).append("</text>");
      x += 110;
    }
    svg.append("<text x=\"").append(x).append("\" y=\"").append(y + 10).append("\" fill=\"#c0392b\">"
        + "red / orange arrows: paths of critical / high reasons</text>\n");
  }

  private static String[] fill(Risk risk) {
    return switch (risk) {
      case CRITICAL -> new String[] {"#f5b7b1", "#c0392b"};
      case HIGH -> new String[] {"#fad7a0", "#e67e22"};
      case MEDIUM -> new String[] {"#fcf3cf", "#b7950b"};
      default -> new String[] {"#ffffff", "#8a8a8a"};
    };
  }

  /** The parties to draw: all of a small chain; of a large one, those the reasons name first. */
  private static List<Integer> chosen(TraceResult result) {
    SupplyChain chain = result.chain();
    int count = chain.parties().size();
    List<Integer> all = new ArrayList<>();
    if (count <= MAX_PARTIES) {
      for (int p = 0; p < count; p++) {
        all.add(p);
      }
      return all;
    }
    Map<String, Integer> indexOf = chain.partyIndex();
    Set<Integer> picked = new LinkedHashSet<>();
    for (ShipmentTrace s : result.shipments()) {
      for (Reason r : s.reasons()) {
        for (String id : r.path().parties()) {
          picked.add(indexOf.get(id));
        }
      }
      picked.add(s.shipment().shipper());
      picked.add(s.shipment().importer());
      if (picked.size() >= MAX_PARTIES) {
        break;
      }
    }
    all.addAll(picked);
    return all.size() > MAX_PARTIES ? new ArrayList<>(all.subList(0, MAX_PARTIES)) : all;
  }

  /** Every seller-buyer pair on the path of a critical or high reason, with the worst level. */
  private static Map<Long, Risk> taintedEdges(TraceResult result, Map<String, Integer> indexOf) {
    Map<Long, Risk> out = new HashMap<>();
    for (ShipmentTrace s : result.shipments()) {
      for (Reason r : s.reasons()) {
        if (!r.level().atLeast(Risk.HIGH)) {
          continue;
        }
        List<TracePath> paths = new ArrayList<>(r.otherPaths());
        paths.add(r.path());
        for (TracePath path : paths) {
          List<String> ids = path.parties();
          for (int i = 0; i + 1 < ids.size(); i++) {
            out.merge(key(indexOf.get(ids.get(i)), indexOf.get(ids.get(i + 1))), r.level(),
                Risk::worst);
          }
        }
      }
    }
    return out;
  }

  private static long key(int a, int b) {
    return ((long) a << 32) | (b & 0xffffffffL);
  }

  private static String n(double x) {
    return String.format(Locale.ROOT, "%.1f", x);
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
