package org.threadline.core.lists;

import org.threadline.core.model.FindingKind;

/**
 * The provenance of one reference list, as every result that uses it reports it.
 *
 * @param id stable id: {@code uflpa}, {@code cbp_wro}, {@code dol_tvpra}, or a user list's file
 *     name without its extension
 * @param title human title
 * @param version the list version (e.g. the date of the newest entry or of the copy)
 * @param source where the copy came from
 * @param retrieved the date the copy was retrieved (ISO 8601)
 * @param licence the licence of the data
 * @param findingKind the finding kind a match against this list produces
 * @param complete false when the copy is known to miss entries of the official list
 * @param verified false when the copy was not checked against the official source
 * @param notice what the user must know about this copy (incomplete, unverified, how to update),
 *     or null
 * @param origin {@code bundled}, {@code user} (loaded with {@code lists update}) or {@code file}
 *     (given with {@code --list})
 */
public record ListInfo(
    String id,
    String title,
    String version,
    String source,
    String retrieved,
    String licence,
    FindingKind findingKind,
    boolean complete,
    boolean verified,
    String notice,
    String origin) {}
