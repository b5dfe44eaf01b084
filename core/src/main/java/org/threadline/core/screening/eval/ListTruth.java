package org.threadline.core.screening.eval;

/** What a reviewer decided a real party is, with respect to the entity lists. */
public enum ListTruth {
  /** The listed entity itself. */
  LISTED,
  /** A branch, unit or subsidiary that carries a listed entity's name. */
  BRANCH,
  /** Reviewed: neither a listed entity nor a branch or subsidiary of one. */
  NOT_LISTED,
  /** Nobody reviewed the party; an alarm on it counts as false until someone does. */
  UNREVIEWED;

  /** True for the parties a screening should find. */
  public boolean positive() {
    return this == LISTED || this == BRANCH;
  }

  /** Parses the label column ({@code listed}, {@code branch}, {@code not_listed}). */
  public static ListTruth parse(String label) {
    return switch (label.strip()) {
      case "listed" -> LISTED;
      case "branch" -> BRANCH;
      case "not_listed" -> NOT_LISTED;
      default -> throw new IllegalArgumentException(
          "unknown list label '" + label + "' (expected listed, branch or not_listed)");
    };
  }
}
