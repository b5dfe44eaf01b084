package org.threadline.core.model;

/**
 * The kinds of finding of contract "Screening result", with the code that appears in every
 * output.
 */
public enum FindingKind {
  ENTITY_LIST_MATCH("entity_list_match"),
  WRO_MATCH("wro_match"),
  SANCTIONS_MATCH("sanctions_match"),
  XINJIANG_NEXUS("xinjiang_nexus"),
  HIGH_RISK_GOOD("high_risk_good"),
  ADVERSE_MEDIA("adverse_media");

  private final String code;

  FindingKind(String code) {
    this.code = code;
  }

  /** The snake-case code written in JSON, CSV and reports. */
  public String code() {
    return code;
  }
}
