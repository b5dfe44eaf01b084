package org.threadline.core.goods;

/**
 * A word in a product description that puts the product in a UFLPA high-priority sector.
 *
 * @param sector the sector, as {@link HtsSectorTable} names it
 * @param keyword the word or phrase
 */
public record SectorKeyword(String sector, String keyword) {}
