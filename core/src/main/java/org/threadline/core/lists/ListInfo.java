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
    String origin) {

  /**
   * A builder for the provenance of list {@code id}; a list is complete and verified unless told
   * otherwise, and what else it is not told stays null.
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** A builder holding this provenance, to change a field or two. */
  public Builder toBuilder() {
    return new Builder(id).title(title).version(version).source(source).retrieved(retrieved)
        .licence(licence).findingKind(findingKind).complete(complete).verified(verified)
        .notice(notice).origin(origin);
  }

  /** Builds a {@link ListInfo} field by named field. */
  public static final class Builder {
    private final String id;
    private String title;
    private String version;
    private String source;
    private String retrieved;
    private String licence;
    private FindingKind findingKind;
    private boolean complete = true;
    private boolean verified = true;
    private String notice;
    private String origin;

    private Builder(String id) {
      this.id = id;
    }

    public Builder title(String v) {
      this.title = v;
      return this;
    }

    public Builder version(String v) {
      this.version = v;
      return this;
    }

    public Builder source(String v) {
      this.source = v;
      return this;
    }

    public Builder retrieved(String v) {
      this.retrieved = v;
      return this;
    }

    public Builder licence(String v) {
      this.licence = v;
      return this;
    }

    public Builder findingKind(FindingKind v) {
      this.findingKind = v;
      return this;
    }

    public Builder complete(boolean v) {
      this.complete = v;
      return this;
    }

    public Builder verified(boolean v) {
      this.verified = v;
      return this;
    }

    public Builder notice(String v) {
      this.notice = v;
      return this;
    }

    public Builder origin(String v) {
      this.origin = v;
      return this;
    }

    public ListInfo build() {
      return new ListInfo(id, title, version, source, retrieved, licence, findingKind, complete,
          verified, notice, origin);
    }
  }
}
