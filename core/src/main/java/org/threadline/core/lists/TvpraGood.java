package org.threadline.core.lists;

/**
 * One row of the US Department of Labor's List of Goods Produced by Child Labor or Forced Labor.
 *
 * @param country the country as DOL writes it
 * @param good the good as DOL writes it
 * @param childLabour listed for child labour
 * @param forcedLabour listed for forced labour
 */
public record TvpraGood(String country, String good, boolean childLabour, boolean forcedLabour) {}
