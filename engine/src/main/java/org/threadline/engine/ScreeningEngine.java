package org.threadline.engine;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.threadline.core.matching.StructuredNameMatcher;
import org.threadline.core.model.Finding;
import org.threadline.core.model.Party;
import org.threadline.core.model.ScreeningResult;
import org.threadline.core.screening.RiskRules;
import org.threadline.core.work.SharedTask;
import org.threadline.core.work.Workers;
import org.threadline.lists.geo.BundledGeography;
import org.threadline.lists.matching.BundledMatchers;
import org.threadline.media.analysis.ArticleAnalysis;
import org.threadline.media.analysis.MediaAnalyser;
import org.threadline.media.analysis.SupplierLink;
import org.threadline.media.ingest.Article;
import org.threadline.media.link.SupplierLinker;
import org.threadline.trace.TraceResult;
import org.threadline.trace.ingest.ChainReader;
import org.threadline.trace.ingest.ChainSource;
import org.threadline.trace.ingest.UnitTable;
import org.threadline.trace.model.SupplyChain;

/**
 * Threadline's screening engine: the one object every front end (the command line, a server, a
 * Spark job) builds and calls. It screens one party, a batch or an ordered stream of parties,
 * traces supply chains and reads articles, all against the same list version.
 *
 * <p>Built once, from a {@link ListSource}, the caller's threads and the screening settings:
 *
 * <pre>{@code
 * ScreeningEngine engine = ScreeningEngine.builder(ListSource.folder(dir).withFiles(myLists))
 *     .executor(pool, 4)          // the caller's threads; none are started here
 *     .threshold(0.7)
 *     .build();
 * Screened one = engine.screen(party);               // one.lists() names the version used
 * engine.reload();                                   // reads the source again, swaps atomically
 * }</pre>
 *
 * <p><b>Lists.</b> The engine holds one {@link ListVersion} at a time in one reference. {@link
 * #reload()} reads the source, builds the next version and swaps it in whole; a call that started
 * before the swap finishes on the version it started with, and every result names its version.
 *
 * <p><b>Threads.</b> The engine starts no thread. Work that splits (a batch, a stream, the parties
 * of a chain) runs on the caller's executor, in at most {@code parallelism} shares, and the calling
 * thread always does a share itself. Every method may be called from many threads at once (platform
 * or virtual); the first version is read on the executor while the caller goes on, and the first
 * call that needs it waits for it (or reads it itself if no worker has started).
 */
public final class ScreeningEngine {
  private final ListSource source;
  private final EngineSettings settings;
  private final SharedTask<ListVersion> first;
  private final AtomicReference<ListVersion> current = new AtomicReference<>();
  private final Object reloading = new Object();

  private ScreeningEngine(ListSource source, EngineSettings settings) {
    this.source = source;
    this.settings = settings;
    // The geography and the matching model are the same for every version and take about as
    // long to read as the lists: they load on the other workers while the lists are read.
    if (settings.workers().parallelism() > 1) {
      settings.workers().start(BundledGeography::nexusDetector);
      settings.workers().start(BundledMatchers::model);
    }
    this.first =
        settings
            .workers()
            .start(
                () -> {
                  ListVersion v = ListVersion.load(1, source, settings);
                  current.compareAndSet(null, v);
                  return v;
                });
  }

  /** A builder for an engine over the lists of {@code source}. */
  public static Builder builder(ListSource source) {
    return new Builder(source);
  }

  /**
   * The list version in force now (waiting for the first one to be read, if need be).
   *
   * @throws org.threadline.core.BadInputException when the first reading of the lists failed
   */
  public ListVersion lists() {
    ListVersion v = current.get();
    if (v == null) {
      first.join();
      v = current.get();
    }
    return v;
  }

  /**
   * Reads the lists from the source again and puts the new version in force. Calls in flight finish
   * on the version they started with. When the source fails, the version in force stays.
   *
   * @return the new version
   */
  public ListVersion reload() {
    synchronized (reloading) {
      ListVersion before = lists();
      ListVersion next = ListVersion.load(before.number() + 1, source, settings);
      current.set(next);
      return next;
    }
  }

  /** The lowest list-match score reported. */
  public double threshold() {
    return settings.threshold();
  }

  /** Screens one party on the calling thread. */
  public Screened screen(Party party) {
    ListVersion v = lists();
    return new Screened(v.screener().screen(party), v);
  }

  /** Screens a batch of parties on the caller's workers; the results keep the batch's order. */
  public ScreenedBatch screen(List<Party> parties) {
    ListVersion v = lists();
    List<ScreeningResult> results = new ArrayList<>(parties.size());
    OrderedScreening.run(v.screener(), settings.workers(), parties.iterator(), results::add);
    return new ScreenedBatch(v, results);
  }

  /**
   * Screens a stream of parties of any length against {@code lists}, on the caller's workers, in
   * constant memory; {@code sink} receives each result on the calling thread, in input order. A
   * failure to read a party (or of the sink) stops the stream with that failure.
   *
   * @param lists the version to screen against: take {@link #lists()} first, to describe the run's
   *     lists before its first result
   * @return how many parties were screened
   */
  public long screenInOrder(
      ListVersion lists,
      Iterator<? extends Party> parties,
      Consumer<? super ScreeningResult> sink) {
    return OrderedScreening.run(lists.screener(), settings.workers(), parties, sink);
  }

  /**
   * Reads a supply chain (contract "Supply chain on disk") and traces it to every shipment
   * (contract "Trace result"), screening every party. Large tables are read ahead on the caller's
   * workers. A problem with the chain is reported before one with the lists.
   *
   * @throws org.threadline.core.BadInputException naming the file, row and column of the first
   *     problem with the chain
   */
  public TraceResult trace(ChainSource chainSource) {
    SupplyChain chain =
        new ChainReader(UnitTable.bundled(), settings.workers().executor()).read(chainSource);
    return lists().tracer().trace(chain);
  }

  /**
   * Analyses articles (contract "Media result") against the lists in force and links each to the
   * suppliers it names.
   *
   * @param articles the articles, read by the caller
   * @param suppliers the user's suppliers (empty: no links)
   */
  public MediaReport media(List<Article> articles, List<Party> suppliers) {
    ListVersion v = lists();
    MediaAnalyser analyser = v.mediaAnalyser();
    SupplierLinker linker = suppliers.isEmpty() ? null : new SupplierLinker(suppliers, v::matcher);
    List<ArticleAnalysis> analysed = new ArrayList<>(articles.size());
    Map<String, List<Finding>> findings = new LinkedHashMap<>();
    for (Article article : articles) {
      ArticleAnalysis a = analyser.analyse(article);
      if (linker != null) {
        List<SupplierLink> links = linker.links(a);
        a = a.withSupplierLinks(links);
        if (a.relevant()) {
          for (SupplierLink l : links) {
            findings
                .computeIfAbsent(l.supplierId(), k -> new ArrayList<>())
                .add(SupplierLinker.finding(a, l));
          }
        }
      }
      analysed.add(a);
    }
    List<ScreeningResult> suppliersNamed = new ArrayList<>(findings.size());
    for (var e : findings.entrySet()) {
      List<Finding> list = e.getValue();
      list.sort(RiskRules.MOST_SEVERE_FIRST);
      suppliersNamed.add(
          new ScreeningResult(
              linker.supplier(e.getKey()),
              RiskRules.overall(list),
              RiskRules.presumption(list),
              list));
    }
    return new MediaReport(v, analyser.lists(), analyser.dataVersions(), analysed, suppliersNamed);
  }

  /** Builds a {@link ScreeningEngine}; every setting has a default. */
  public static final class Builder {
    private final ListSource source;
    private Workers workers = Workers.CALLER_ONLY;
    private double threshold = RiskRules.WORTH_A_LOOK;
    private int candidates = StructuredNameMatcher.DEFAULT_CANDIDATES;
    private List<Article> adverseMedia = List.of();

    private Builder(ListSource source) {
      this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * The threads the engine may use: {@code executor} runs its tasks, split into at most {@code
     * parallelism} shares (the calling thread's included). Default: the calling thread alone.
     */
    public Builder executor(Executor executor, int parallelism) {
      return workers(new Workers(executor, parallelism));
    }

    /** The threads the engine may use, as {@link #executor(Executor, int)} takes them. */
    public Builder workers(Workers workers) {
      this.workers = Objects.requireNonNull(workers, "workers");
      return this;
    }

    /** The lowest list-match score reported, in [0,1] (default 0.7, "worth a look"). */
    public Builder threshold(double threshold) {
      if (!(threshold >= 0.0 && threshold <= 1.0)) {
        throw new IllegalArgumentException("threshold must be in [0,1], got " + threshold);
      }
      this.threshold = threshold;
      return this;
    }

    /**
     * How many candidate names the name matcher scores per query name (default {@value
     * StructuredNameMatcher#DEFAULT_CANDIDATES}): more finds more distant spellings, slower.
     */
    public Builder candidates(int candidates) {
      if (candidates < 1) {
        throw new IllegalArgumentException("candidates must be at least 1, got " + candidates);
      }
      this.candidates = candidates;
      return this;
    }

    /** Articles whose mentions of a screened party become adverse_media findings. */
    public Builder adverseMedia(List<Article> articles) {
      this.adverseMedia = List.copyOf(articles);
      return this;
    }

    /** The engine; its first list version starts loading on the executor now. */
    public ScreeningEngine build() {
      return new ScreeningEngine(
          source, new EngineSettings(threshold, candidates, workers, adverseMedia));
    }
  }
}
