package org.threadline.media.analysis;

/**
 * One of the user's suppliers named in the article.
 *
 * @param supplierId the supplier's id
 * @param supplierName the supplier's name
 * @param score how surely the article names the supplier, in [0,1]
 * @param surface the text in the article that names it
 * @param start offset of {@code surface}
 * @param end end offset (exclusive)
 * @param detail how the name matched, in words
 */
public record SupplierLink(
    String supplierId, String supplierName, double score, String surface, int start, int end, String detail) {}
