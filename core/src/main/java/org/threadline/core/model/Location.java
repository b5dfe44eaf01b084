package org.threadline.core.model;

import java.util.List;

/**
 * Where a party is, as far as its record says: for a Chinese address, its province, prefecture
 * and county, each with its GB/T 2260 code and its English and Chinese names. Answers "where is
 * this supplier" for every party, not only for those in Xinjiang.
 *
 * @param country ISO 3166 alpha-2 code ({@code CN})
 * @param areas the administrative areas from the largest down (province, prefecture, county);
 *     those the address does not name are left out
 * @param evidence the parts of the record that said so, as written
 */
public record Location(String country, List<Area> areas, List<String> evidence) {

  public Location {
    areas = List.copyOf(areas);
    evidence = List.copyOf(evidence);
  }

  /**
   * One administrative area.
   *
   * @param level {@code province}, {@code prefecture} or {@code county}
   * @param code its GB/T 2260 code
   * @param name its English name
   * @param nameZh its Chinese name
   */
  public record Area(String level, String code, String name, String nameZh) {}
}
