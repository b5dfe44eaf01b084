package org.threadline.core.model;

/** Risk levels of a screening result or a trace verdict, from worst to none. */
public enum Risk {
  CRITICAL("critical"),
  HIGH("high"),
  MEDIUM("medium"),
  LOW("low"),
  NONE("none");

  private final String code;

  Risk(String code) {
    this.code = code;
  }

  /** The lower-case code written in every output. */
  public String code() {
    return code;
  }

  /** True when this level is at least as severe as {@code other}. */
  public boolean atLeast(Risk other) {
    return ordinal() <= other.ordinal();
  }

  /** The more severe of two levels. */
  public static Risk worst(Risk a, Risk b) {
    return a.ordinal() <= b.ordinal() ? a : b;
  }

  /** Parses a code such as {@code high}; throws IllegalArgumentException naming the bad value. */
  public static Risk ofCode(String code) {
    for (Risk r : values()) {
      if (r.code.equalsIgnoreCase(code == null ? "" : code.strip())) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "unknown risk level '" + code + "' (expected critical, high, medium, low or none)");
  }
}
