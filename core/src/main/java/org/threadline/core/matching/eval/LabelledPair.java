package org.threadline.core.matching.eval;

/**
 * One row of the labelled name set: a query name, the list entry it is judged against, and
 * whether it is that entry.
 *
 * @param query the name as a supplier file could write it
 * @param list the list id ({@code uflpa}, {@code cbp_wro})
 * @param entryName the entry's primary name, as the list writes it
 * @param match true when the query names that entry (or a subsidiary or branch it covers)
 * @param category what kind of variant or negative the pair is (exact, chinese, typo, neg_trade...)
 */
public record LabelledPair(String query, String list, String entryName, boolean match, String category) {

  /** True for pairs whose query is in Chinese script while the entry is in Latin script. */
  public boolean crossScript() {
    return category.equals("chinese") || category.equals("traditional")
        || category.equals("chinese_short") || category.endsWith("_zh");
  }
}
