package org.threadline.trace.model;

/**
 * A unit of quantity.
 *
 * @param code the canonical code ({@code kg}, {@code yd}, {@code pcs})
 * @param dimension what it measures ({@code mass}, {@code length}, {@code count}, ...)
 * @param toBase how many of the dimension's base unit one of this unit is
 */
public record Unit(String code, String dimension, double toBase) {

  /** True when quantities in this unit convert to {@code other}. */
  public boolean convertsTo(Unit other) {
    return dimension.equals(other.dimension);
  }

  /** How many {@code other} units one of this unit is; the units must convert. */
  public double factorTo(Unit other) {
    if (!convertsTo(other)) {
      throw new IllegalArgumentException(code + " does not convert to " + other.code);
    }
    return toBase / other.toBase;
  }
}
