package org.threadline.core.geo;

/**
 * One administrative division of China (GB/T 2260 style code).
 *
 * @param code {@code 65} (province), {@code 6501} (prefecture), {@code 650102} (county), nine
 *     digits for a township; the XPCC cities are {@code 659001}..{@code 659012}, prefecture level
 * @param parentCode the enclosing division's code, or null for a province
 * @param level 0 province, 1 prefecture, 2 county, 3 township
 * @param chineseName the official Chinese name ({@code 乌鲁木齐市})
 * @param shortName the name without its administrative suffix ({@code 乌鲁木齐})
 * @param pinyin the short name's pinyin, syllables separated by spaces ({@code wu lu mu qi})
 * @param englishName the English name reports use ({@code Urumqi})
 */
public record Division(
    String code,
    String parentCode,
    int level,
    String chineseName,
    String shortName,
    String pinyin,
    String englishName) {

  public static final int PROVINCE = 0;
  public static final int PREFECTURE = 1;
  public static final int COUNTY = 2;
  public static final int TOWNSHIP = 3;

  /** The province code: the first two digits. */
  public String provinceCode() {
    return code.substring(0, 2);
  }

  /** True for Xinjiang and its divisions, the XPCC cities included. */
  public boolean inXinjiang() {
    return code.startsWith("65");
  }
}
