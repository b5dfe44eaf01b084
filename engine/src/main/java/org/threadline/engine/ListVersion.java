package org.threadline.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.threadline.core.goods.GoodsClassifier;
import org.threadline.core.goods.HtsSectorTable;
import org.threadline.core.lists.ListEntry;
import org.threadline.core.lists.ListInfo;
import org.threadline.core.lists.ReferenceList;
import org.threadline.core.lists.TvpraList;
import org.threadline.core.matching.NameMatcher;
import org.threadline.core.matching.StructuredNameMatcher;
import org.threadline.core.model.FindingKind;
import org.threadline.core.screening.FindingSource;
import org.threadline.core.screening.ListScreen;
import org.threadline.core.screening.Screener;
import org.threadline.core.work.SharedTask;
import org.threadline.lists.geo.BundledGeography;
import org.threadline.lists.goods.BundledGoods;
import org.threadline.lists.matching.BundledMatchers;
import org.threadline.lists.matching.EntityNames;
import org.threadline.media.StandardMedia;
import org.threadline.media.analysis.ArticleAnalysis;
import org.threadline.media.analysis.MediaAnalyser;
import org.threadline.media.ingest.Article;
import org.threadline.media.link.ArticleFindingSource;
import org.threadline.trace.TraceEngine;
import org.threadline.trace.risk.SectorLookup;

/**
 * One version of an engine's lists: an immutable snapshot of the reference data and everything
 * built over it (a name matcher per list, the screener, the tracer, the media analyser). An engine
 * holds one version at a time and swaps it whole on reload; a call that started on a version
 * finishes on it, and every result says which version it used.
 *
 * <p>Safe to share between threads.
 */
public final class ListVersion {
  private final long number;
  private final String fingerprint;
  private final Instant loadedAt;
  private final ListSet lists;
  private final EngineSettings settings;
  private final GoodsClassifier goods;
  private final SharedTask<MediaAnalyser> media;
  private final Screener screener;
  private final TraceEngine tracer;

  private ListVersion(long number, ListSet lists, EngineSettings settings) {
    this.number = number;
    this.fingerprint = ListFingerprint.of(lists);
    this.loadedAt = Instant.now();
    this.lists = lists;
    this.settings = settings;
    this.goods = BundledGoods.classifier(lists.dolTvpra());
    // The media analyser looks for every list name in one pass: built when first needed.
    this.media = new SharedTask<>(() -> StandardMedia.analyser(lists.entityLists()));
    List<ListScreen> screens = new ArrayList<>(lists.entityLists().size());
    for (ReferenceList list : lists.entityLists()) {
      screens.add(new ListScreen(list.info(), matcher(list.entries())));
    }
    this.screener =
        new Screener(
            screens,
            BundledGeography.nexusDetector(),
            goods,
            adverseMedia(settings.adverseMedia()),
            BundledGeography.partyLocator(),
            settings.threshold());
    this.tracer =
        new TraceEngine(
            screener,
            goods,
            SectorLookup.of(BundledGoods.sectorTable()),
            List.of(lists.dolTvpra().info(), sectorTableInfo(BundledGoods.sectorTable())),
            settings.workers());
  }

  /** Reads {@code source} and builds version {@code number} over what it gives. */
  static ListVersion load(long number, ListSource source, EngineSettings settings) {
    return new ListVersion(number, source.load(), settings);
  }

  /**
   * This version's place in its engine's sequence: 1 for the lists it was built with, then 2, ...
   */
  public long number() {
    return number;
  }

  /**
   * The SHA-256 of the lists' content and provenance, in hexadecimal: the same lists give the same
   * fingerprint in any engine and any process.
   */
  public String fingerprint() {
    return fingerprint;
  }

  /** When this version was read from its source. */
  public Instant loadedAt() {
    return loadedAt;
  }

  /** The provenance of every list in this version: the entity lists, then the DOL goods list. */
  public List<ListInfo> infos() {
    return lists.infos();
  }

  /** The entity lists of this version, in the order results report them. */
  public List<ReferenceList> entityLists() {
    return lists.entityLists();
  }

  /** The DOL TVPRA list of goods of this version. */
  public TvpraList dolTvpra() {
    return lists.dolTvpra();
  }

  @Override
  public String toString() {
    return "lists v" + number + " (" + fingerprint.substring(0, 12) + ")";
  }

  Screener screener() {
    return screener;
  }

  TraceEngine tracer() {
    return tracer;
  }

  MediaAnalyser mediaAnalyser() {
    return media.join();
  }

  /** A name matcher over entries, with the engine's candidate setting. */
  NameMatcher matcher(List<ListEntry> entries) {
    // The same matcher as BundledMatchers.forEntries, with the engine's candidate setting.
    return new StructuredNameMatcher(
        BundledMatchers.model(), entries, settings.candidates(), EntityNames.bundled()::of);
  }

  /** The articles' mentions of parties as a finding source, or none without articles. */
  private List<FindingSource> adverseMedia(List<Article> articles) {
    if (articles.isEmpty()) {
      return List.of();
    }
    MediaAnalyser analyser = mediaAnalyser();
    List<ArticleAnalysis> analysed = new ArrayList<>(articles.size());
    for (Article a : articles) {
      analysed.add(analyser.analyse(a));
    }
    return List.of(new ArticleFindingSource(analysed, this::matcher));
  }

  private static ListInfo sectorTableInfo(HtsSectorTable sectors) {
    return ListInfo.builder("uflpa_sectors")
        .title("UFLPA high-priority sectors by HTS heading")
        .version(sectors.version())
        .source("DHS UFLPA Strategy and updates; HTS headings derived by Threadline (data/goods)")
        .licence("Apache-2.0")
        .findingKind(FindingKind.HIGH_RISK_GOOD)
        .verified(false)
        .notice("HTS headings are a derivation: verify against the current USITC schedule")
        .origin("bundled")
        .build();
  }
}
