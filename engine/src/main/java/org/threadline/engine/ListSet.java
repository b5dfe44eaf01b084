package org.threadline.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.threadline.core.lists.ListInfo;
import org.threadline.core.lists.ReferenceList;
import org.threadline.core.lists.TvpraList;

/**
 * The reference data a {@link ListSource} reads: the entity lists (UFLPA, CBP WRO/Findings,
 * sanctions lists, the user's own lists) and the DOL TVPRA list of goods.
 *
 * @param entityLists the lists whose names are matched, in the order results report them
 * @param dolTvpra the DOL list of goods produced with forced or child labour
 */
public record ListSet(List<ReferenceList> entityLists, TvpraList dolTvpra) {
  public ListSet {
    entityLists = List.copyOf(entityLists);
    Objects.requireNonNull(dolTvpra, "dolTvpra");
  }

  /** The provenance of every list: the entity lists, then the DOL list. */
  public List<ListInfo> infos() {
    List<ListInfo> infos = new ArrayList<>(entityLists.size() + 1);
    for (ReferenceList list : entityLists) {
      infos.add(list.info());
    }
    infos.add(dolTvpra.info());
    return List.copyOf(infos);
  }
}
