package org.threadline.lists;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.threadline.core.geo.NexusDetector;
import org.threadline.core.goods.GoodsClassifier;
import org.threadline.core.lists.ListInfo;
import org.threadline.core.lists.ReferenceList;
import org.threadline.core.lists.TvpraList;
import org.threadline.core.screening.FindingSource;
import org.threadline.core.screening.ListScreen;
import org.threadline.core.screening.Screener;
import org.threadline.lists.geo.BundledGeography;
import org.threadline.lists.goods.BundledGoods;
import org.threadline.lists.matching.BundledMatchers;

/**
 * The one place that assembles a screening engine from the reference data: the entity lists (the
 * bundled ones, newer copies the user loaded, the user's own {@code --list} files), a name matcher
 * over each, the Xinjiang detector and the goods classifier. Every edge (screen, trace, media)
 * builds its {@link Screener} here, so they all screen the same way.
 */
public final class StandardScreening {
  private final List<ListScreen> listScreens;
  private final List<ReferenceList> entityLists;
  private final TvpraList tvpra;
  private final GoodsClassifier goods;
  private final NexusDetector nexus;

  private StandardScreening(
      List<ReferenceList> entityLists, TvpraList tvpra, GoodsClassifier goods, NexusDetector nexus) {
    this.entityLists = List.copyOf(entityLists);
    this.tvpra = tvpra;
    this.goods = goods;
    this.nexus = nexus;
    var screens = new ArrayList<ListScreen>(entityLists.size());
    for (ReferenceList list : entityLists) {
      screens.add(new ListScreen(list.info(), BundledMatchers.forEntries(list.entries())));
    }
    this.listScreens = List.copyOf(screens);
  }

  /**
   * Loads the lists and builds a matcher over each.
   *
   * @param listsDir the user's list folder (copies saved by {@code lists update}, sanctions lists
   *     in FollowTheMoney format), or null for the default ($THREADLINE_HOME or ~/.threadline)
   * @param extraLists the user's own lists given with {@code --list}
   */
  public static StandardScreening load(Path listsDir, List<Path> extraLists) {
    ListStore store = store(listsDir);
    TvpraList tvpra = store.dolTvpra();
    return new StandardScreening(entityLists(store, extraLists), tvpra,
        BundledGoods.classifier(tvpra), BundledGeography.nexusDetector());
  }

  /**
   * The entity lists alone, without building matchers over them (for readers of articles, which
   * look for every name in one pass): the bundled or user-loaded lists, then the user's own.
   */
  public static List<ReferenceList> entityLists(Path listsDir, List<Path> extraLists) {
    return entityLists(store(listsDir), extraLists);
  }

  private static ListStore store(Path listsDir) {
    return new ListStore(listsDir != null ? listsDir : ListStore.defaultUserDataDir());
  }

  private static List<ReferenceList> entityLists(ListStore store, List<Path> extraLists) {
    var lists = new ArrayList<ReferenceList>(store.entityLists());
    for (Path file : extraLists) {
      lists.add(UserListLoader.load(file));
    }
    return lists;
  }

  /** A screener over every loaded list, reporting list matches from {@code threshold} up. */
  public Screener screener(double threshold, List<FindingSource> extra) {
    return new Screener(listScreens, nexus, goods, extra,
        BundledGeography.partyLocator(), threshold);
  }

  /** The provenance of every list in use: the entity lists, then the DOL goods list. */
  public List<ListInfo> lists() {
    var infos = new ArrayList<ListInfo>();
    for (ReferenceList list : entityLists) {
      infos.add(list.info());
    }
    infos.add(tvpra.info());
    return infos;
  }

  public List<ReferenceList> entityLists() {
    return entityLists;
  }

  public TvpraList dolTvpra() {
    return tvpra;
  }

  public GoodsClassifier goods() {
    return goods;
  }

  public NexusDetector nexus() {
    return nexus;
  }
}
