package org.threadline.core.geo;

/** Kinds of the words of {@code address_words.csv} that change what a place name means. */
enum AddressWord {
  /** 路, Road, Lu: the name before it is a street's name. */
  STREET,
  /** 大厦, Hotel, Restaurant: the name before it is a building's or business's name. */
  BUILDING,
  /** 镇, 乡, Town: the name before it is a township's. */
  TOWNSHIP,
  /** 市, 县, City, County: the name before it is the division itself. */
  ADMIN,
  /** 哈密瓜, Korla pear: a product named after a place. */
  PRODUCT,
  /** Tian Shan mountains: a natural feature that spans borders. */
  FEATURE,
  /**
   * 师范 (normal school): a word that begins with the last character of a place-like name, which
   * is then part of this word: 第一师范 is the First Normal School, not the XPCC's First Division.
   */
  OVERLAP;

  static AddressWord of(String kind) {
    return valueOf(kind.strip().toUpperCase(java.util.Locale.ROOT));
  }
}
