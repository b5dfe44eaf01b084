package org.threadline.cli;

import java.util.List;
import org.threadline.core.screening.RiskRules;
import org.threadline.engine.ScreeningEngine;
import org.threadline.media.ingest.Article;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options every screening command shares: which lists, and from which score to report. */
public final class ScreeningOptions {
  @Mixin ListOptions lists;

  @Option(
      names = "--threshold",
      paramLabel = "X",
      converter = ScreeningOptions.ScoreConverter.class,
      description = "Lowest name-match score to report, in [0,1] (default: ${DEFAULT-VALUE}).")
  double threshold = RiskRules.WORTH_A_LOOK;

  /**
   * The engine these options describe, on the pool's threads; its lists start loading now.
   *
   * @param adverseMedia articles whose mentions of a party become findings (may be empty)
   */
  ScreeningEngine engine(WorkerPool pool, List<Article> adverseMedia) {
    return ScreeningEngine.builder(lists.source())
        .workers(pool.workers())
        .threshold(threshold)
        .adverseMedia(adverseMedia)
        .build();
  }

  /** Parses a score in [0,1], refusing anything else with the value in the message. */
  public static final class ScoreConverter implements picocli.CommandLine.ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      double x;
      try {
        x = Double.parseDouble(value.strip());
      } catch (NumberFormatException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' is not a number (expected a score from 0 to 1, such as 0.8)");
      }
      if (!(x >= 0.0 && x <= 1.0)) {
        throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' is outside [0,1] (a score runs from 0 to 1, such as 0.8)");
      }
      return x;
    }
  }
}
