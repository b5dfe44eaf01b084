package org.threadline.cli;

import org.threadline.core.model.Risk;
import picocli.CommandLine.Option;

/** {@code --fail-on LEVEL}: exit 3 when any result reaches the level, for use in pipelines. */
public final class FailOnOption {
  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      converter = RiskConverter.class,
      description = "Exit with code 3 when any result reaches LEVEL"
          + " (critical, high, medium, low).")
  Risk failOn;

  /** The exit code for a run whose worst result was {@code worst}. */
  int exitCode(Risk worst) {
    return failOn != null && worst.atLeast(failOn)
        ? ThreadlineCommand.EXIT_FAIL_ON
        : ThreadlineCommand.EXIT_OK;
  }

  /** Parses a risk level for picocli, with an error that lists the valid ones. */
  public static final class RiskConverter implements picocli.CommandLine.ITypeConverter<Risk> {
    @Override
    public Risk convert(String value) {
      try {
        return Risk.ofCode(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
