package org.threadline.core.goods;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words that name a DOL TVPRA good in a product description. By default a good is found by
 * its own name without the parenthesis, each {@code /}-separated name on its own ({@code
 * Manioc/Cassava}: manioc, cassava; {@code Bricks (clay)}: bricks). Goods whose name
 * is too short or too broad ({@code Oil (palm)} is palm oil, not oil) have their terms in a table.
 */
public final class TvpraGoodTerms {
  private final Map<String, List<String>> overrides;

  /** @param overrides terms by the good's name as DOL writes it; they replace the derived ones */
  public TvpraGoodTerms(Map<String, List<String>> overrides) {
    this.overrides = Map.copyOf(overrides);
  }

  /** The terms of a good. */
  public List<ProductTerm> termsOf(String good) {
    List<String> given = overrides.get(good.strip());
    Set<String> terms = new LinkedHashSet<>();
    if (given != null) {
      terms.addAll(given);
    } else {
      String base = good.replaceAll("\\([^)]*\\)", " ").strip();
      for (String alt : base.split("/")) {
        terms.add(alt.strip());
      }
    }
    List<ProductTerm> out = new ArrayList<>();
    for (String t : terms) {
      if (!t.isBlank()) {
        out.add(new ProductTerm(t));
      }
    }
    return out;
  }
}
