package org.threadline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.threadline.core.lists.ReferenceList;
import org.threadline.lists.ListStore;
import org.threadline.media.StandardMedia;
import org.threadline.media.eval.LabelledArticle;
import org.threadline.media.eval.MediaCorpus;
import org.threadline.media.eval.MediaEvaluation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code threadline eval media}: precision and recall of the media analyser on the team's
 * labelled corpus (data/eval/media), against the bundled UFLPA Entity List.
 */
@Command(
    name = "media",
    mixinStandardHelpOptions = true,
    description = "Prints precision and recall of the media analyser for relevance, places, indicators"
        + " and list mentions on the labelled corpus (bundled data/eval/media, or --corpus DIR), and"
        + " every disagreement with the labels.")
public final class EvalMediaCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "A corpus folder with labels.csv and articles/ (default: the bundled corpus).")
  Path corpus;

  @Override
  public Integer call() {
    // The labels name entries of the bundled list: a user's newer copy must not move the score.
    ReferenceList uflpa = new ListStore(null).entityList(ListStore.UFLPA);
    List<LabelledArticle> articles = corpus == null ? MediaCorpus.bundled() : MediaCorpus.from(corpus);
    MediaEvaluation.Result r = MediaEvaluation.run(articles, StandardMedia.analyser(List.of(uflpa)), ListStore.UFLPA);
    PrintWriter out = spec.commandLine().getOut();
    out.println("media evaluation: " + r.articles() + " articles ("
        + (corpus == null ? "bundled data/eval/media" : corpus) + "), list uflpa " + uflpa.info().version());
    out.println("relevance      " + r.relevance());
    out.println("places         " + r.places());
    out.println("indicators     " + r.indicators());
    out.println("list mentions  " + r.listMentions());
    out.println(String.format(Locale.ROOT, "stance         accuracy %.3f  (%d of %d relevant articles)",
        r.stanceAccuracy(), r.stanceCorrect(), r.stanceTotal()));
    if (!r.errors().isEmpty()) {
      out.println("disagreements with the labels:");
      r.errors().forEach(e -> out.println("  " + e));
    }
    out.flush();
    return ThreadlineCommand.EXIT_OK;
  }
}
