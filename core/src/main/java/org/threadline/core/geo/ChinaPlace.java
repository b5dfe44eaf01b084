package org.threadline.core.geo;

import java.util.List;

/**
 * Where in China an address is: its province, and its prefecture and county when the address
 * says.
 *
 * @param province the province (or autonomous region, or municipality)
 * @param prefecture the prefecture-level unit, or null
 * @param county the county-level unit, or null
 * @param evidence the parts of the address that said so, as written
 */
public record ChinaPlace(Division province, Division prefecture, Division county, List<String> evidence) {

  public ChinaPlace {
    evidence = List.copyOf(evidence);
  }

  /** The most precise division found. */
  public Division mostPrecise() {
    return county != null ? county : prefecture != null ? prefecture : province;
  }

  /** True when the place is in Xinjiang (XPCC cities included). */
  public boolean inXinjiang() {
    return province.inXinjiang();
  }

  /** One line for reports: {@code Zhejiang 浙江省 / Hangzhou 杭州市 (330100)}. */
  public String describe() {
    Division d = prefecture != null ? prefecture : province;
    String head = province.englishName() + " " + province.chineseName();
    return prefecture == null ? head + " (" + province.code() + ")"
        : head + " / " + d.englishName() + " " + d.chineseName() + " (" + d.code() + ")";
  }
}
