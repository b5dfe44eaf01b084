package org.threadline.core.lists;

import java.util.List;

/** The DOL TVPRA goods list with its provenance. */
public record TvpraList(ListInfo info, List<TvpraGood> goods) {
  public TvpraList {
    goods = List.copyOf(goods);
  }
}
