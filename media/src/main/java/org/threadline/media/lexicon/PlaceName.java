package org.threadline.media.lexicon;

/**
 * One name of a place.
 *
 * @param surface the name as written in the lexicon (a Chinese or English form, an exonym)
 * @param name the place's canonical (English) name
 * @param divisionCode the Chinese administrative division code (GB/T 2260), or null for countries
 * @param country ISO 3166-1 alpha-2 code of the country (or {@code EU})
 */
public record PlaceName(String surface, String name, String divisionCode, String country)
    implements Term {

  /** True when the place lies in Xinjiang (division code 65...). */
  public boolean inXinjiang() {
    return divisionCode != null && divisionCode.startsWith("65");
  }
}
