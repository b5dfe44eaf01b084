package org.threadline.core.model;

import java.util.List;

/**
 * A party's name matched an entry of a reference list: {@code entity_list_match} (UFLPA),
 * {@code wro_match} (CBP WRO/Findings), {@code sanctions_match}, or a user's own list.
 *
 * @param kind one of ENTITY_LIST_MATCH, WRO_MATCH, SANCTIONS_MATCH
 * @param list the list id ({@code uflpa}, {@code cbp_wro}, a user's file name)
 * @param listVersion the version of the list that produced this match
 * @param listUnverified true when the list copy is marked unverified in its metadata
 * @param entryId the entry's stable id
 * @param entryName the list's own primary name for the entry, exactly as the list writes it
 * @param section the statutory section of the entry, or null
 * @param score the match score in [0,1]
 * @param matchedName the party's name (or alias) that matched
 * @param entryMatchedName the entry's name or alias that matched
 * @param subsidiary true when the match is to a subsidiary or branch of an entry listed "and
 *     subsidiaries", not to the entry itself
 * @param explanation the features that made the score
 */
public record ListMatch(
    FindingKind kind,
    String list,
    String listVersion,
    boolean listUnverified,
    String entryId,
    String entryName,
    String section,
    double score,
    String matchedName,
    String entryMatchedName,
    boolean subsidiary,
    List<Explanation> explanation)
    implements Finding {

  public ListMatch {
    if (kind != FindingKind.ENTITY_LIST_MATCH
        && kind != FindingKind.WRO_MATCH
        && kind != FindingKind.SANCTIONS_MATCH) {
      throw new IllegalArgumentException("a list match cannot have kind " + kind);
    }
    explanation = List.copyOf(explanation);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.listMatch(this);
  }
}
