package org.threadline.media.analysis;

/**
 * A place the article names.
 *
 * @param name the canonical name
 * @param divisionCode the Chinese division code, or null (countries)
 * @param country ISO 3166-1 alpha-2 code
 * @param start offset of the name in the article text
 * @param end end offset (exclusive)
 */
public record PlaceMention(String name, String divisionCode, String country, int start, int end) {
  /** True when the place lies in Xinjiang. */
  public boolean inXinjiang() {
    return divisionCode != null && divisionCode.startsWith("65");
  }
}
