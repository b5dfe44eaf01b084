package org.threadline.bench.media;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.threadline.core.lists.ReferenceList;
import org.threadline.lists.ListStore;
import org.threadline.media.StandardMedia;
import org.threadline.media.analysis.ArticleAnalysis;
import org.threadline.media.analysis.MediaAnalyser;
import org.threadline.media.eval.LabelledArticle;
import org.threadline.media.eval.MediaCorpus;
import org.threadline.media.ingest.Article;

/**
 * Media analysis throughput on one thread: MB of article text (UTF-8) analysed per second of
 * that thread's CPU time (so the figure is per core even on a busy machine; wall-clock MB/s is
 * printed too), with the bundled lists plus N synthetic names loaded (default 100,000). The
 * articles are the bundled evaluation corpus (English and Chinese, relevant and not), K corpus
 * articles joined into one article (K=1: the corpus as is, 0.8 KB an article; K=5: about 4 KB,
 * the length of a news story), repeated to the requested total; the first two passes warm the
 * JIT up.
 *
 * <p>Usage: {@code MediaThroughput [NAMES] [MEGABYTES] [PASSES] [K]}.
 */
public final class MediaThroughput {
  private MediaThroughput() {}

  public static void main(String[] args) {
    int names = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int megabytes = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    int join = args.length > 3 ? Integer.parseInt(args[3]) : 1;

    long t0 = System.nanoTime();
    List<ReferenceList> lists = new ArrayList<>(new ListStore(null).entityLists());
    lists.add(SyntheticNames.list(names, 42));
    MediaAnalyser analyser = StandardMedia.analyser(lists);
    double buildSeconds = (System.nanoTime() - t0) / 1e9;

    List<Article> articles = articles(megabytes * 1_000_000L, join);
    long bytes = 0;
    for (Article a : articles) {
      bytes += a.text().getBytes(StandardCharsets.UTF_8).length;
    }
    System.out.printf(Locale.ROOT, "dictionary: %,d phrases (%,d synthetic names + bundled lists, lexicons, places), built in %.1f s%n",
        analyser.dictionarySize(), names, buildSeconds);
    System.out.printf(Locale.ROOT, "text: %,d articles of %.1f KB on average, %.1f MB UTF-8%n",
        articles.size(), bytes / 1e3 / articles.size(), bytes / 1e6);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long sink = 0;
    double best = 0;
    for (int pass = 1; pass <= passes + 2; pass++) {
      long wall = System.nanoTime();
      long start = cpu.getCurrentThreadCpuTime();
      for (Article a : articles) {
        ArticleAnalysis r = analyser.analyse(a);
        sink += r.places().size() + r.listMentions().size() + r.indicators().size();
      }
      double seconds = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
      double wallSeconds = (System.nanoTime() - wall) / 1e9;
      double mbps = bytes / 1e6 / seconds;
      boolean warmup = pass <= 2;
      if (!warmup) {
        best = Math.max(best, mbps);
      }
      System.out.printf(Locale.ROOT, "pass %d%s: %.1f MB/s per core (%.2f s CPU), %.1f MB/s wall clock%n",
          pass, warmup ? " (warm-up)" : "", mbps, seconds, bytes / 1e6 / wallSeconds);
    }
    System.out.printf(Locale.ROOT, "best: %.1f MB/s per core (detections: %d)%n", best, sink);
  }

  /** The evaluation corpus, {@code join} articles to one, repeated to about {@code total} bytes. */
  static List<Article> articles(long total, int join) {
    List<LabelledArticle> corpus = MediaCorpus.bundled();
    List<Article> out = new ArrayList<>();
    long size = 0;
    int round = 0;
    while (size < total) {
      for (int i = 0; i < corpus.size(); i += join) {
        StringBuilder text = new StringBuilder();
        for (int k = i; k < Math.min(corpus.size(), i + join); k++) {
          if (text.length() > 0) {
            text.append("\n\n");
          }
          text.append(corpus.get(k).article().text());
        }
        Article first = corpus.get(i).article();
        out.add(new Article(first.id() + "#" + round, first.title(), text.toString(), first.source()));
        size += text.toString().getBytes(StandardCharsets.UTF_8).length;
      }
      round++;
    }
    return out;
  }
}
