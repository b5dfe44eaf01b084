package org.threadline.bench.media;

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
 * Media analysis throughput on one thread: MB of article text (UTF-8) analysed per second, with
 * the bundled lists and N synthetic names loaded (default 100,000). The articles are the
 * bundled evaluation corpus (English and Chinese, relevant and not), repeated to the requested
 * total size; each pass analyses every article; the first passes warm the JIT up.
 *
 * <p>Usage: {@code MediaThroughput [NAMES] [MEGABYTES] [PASSES]}.
 */
public final class MediaThroughput {
  private MediaThroughput() {}

  public static void main(String[] args) {
    int names = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int megabytes = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int passes = args.length > 2 ? Integer.parseInt(args[2]) : 5;

    long t0 = System.nanoTime();
    List<ReferenceList> lists = new ArrayList<>(new ListStore(null).entityLists());
    lists.add(SyntheticNames.list(names, 42));
    MediaAnalyser analyser = StandardMedia.analyser(lists);
    double buildSeconds = (System.nanoTime() - t0) / 1e9;

    List<Article> articles = articles(megabytes * 1_000_000L);
    long bytes = 0;
    for (Article a : articles) {
      bytes += a.text().getBytes(StandardCharsets.UTF_8).length;
    }
    System.out.printf(Locale.ROOT, "dictionary: %,d phrases (%,d synthetic names + bundled lists, lexicons, places), built in %.1f s%n",
        analyser.dictionarySize(), names, buildSeconds);
    System.out.printf(Locale.ROOT, "text: %,d articles, %.1f MB UTF-8%n", articles.size(), bytes / 1e6);
    long sink = 0;
    double best = 0;
    for (int pass = 1; pass <= passes + 2; pass++) {
      long start = System.nanoTime();
      for (Article a : articles) {
        ArticleAnalysis r = analyser.analyse(a);
        sink += r.places().size() + r.listMentions().size() + r.indicators().size();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double mbps = bytes / 1e6 / seconds;
      boolean warmup = pass <= 2;
      if (!warmup) {
        best = Math.max(best, mbps);
      }
      System.out.printf(Locale.ROOT, "pass %d%s: %.2f s, %.1f MB/s%n", pass, warmup ? " (warm-up)" : "", seconds, mbps);
    }
    System.out.printf(Locale.ROOT, "best: %.1f MB/s on one thread (detections: %d)%n", best, sink);
  }

  /** The evaluation corpus repeated to about {@code total} bytes, one article per corpus file per round. */
  static List<Article> articles(long total) {
    List<LabelledArticle> corpus = MediaCorpus.bundled();
    List<Article> out = new ArrayList<>();
    long size = 0;
    int round = 0;
    while (size < total) {
      for (LabelledArticle l : corpus) {
        Article a = l.article();
        out.add(new Article(a.id() + "#" + round, a.title(), a.text(), a.source()));
        size += a.text().getBytes(StandardCharsets.UTF_8).length;
      }
      round++;
    }
    return out;
  }
}
