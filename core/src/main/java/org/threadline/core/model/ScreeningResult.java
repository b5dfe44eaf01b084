package org.threadline.core.model;

import java.util.List;

/**
 * The result of screening one party (contract "Screening result").
 *
 * @param party the input record, kept so writers can carry its columns through
 * @param risk the overall risk level
 * @param presumption true when the UFLPA rebuttable presumption applies
 * @param findings the findings, most severe first
 * @param location where the party is (province, prefecture, county of a Chinese address), or
 *     null when its record does not say
 */
public record ScreeningResult(
    Party party, Risk risk, boolean presumption, List<Finding> findings, Location location) {

  public ScreeningResult {
    findings = List.copyOf(findings);
  }

  /** A result without a location. */
  public ScreeningResult(Party party, Risk risk, boolean presumption, List<Finding> findings) {
    this(party, risk, presumption, findings, null);
  }

  /** The party's id: the id column, or the row number. */
  public String id() {
    return party.id();
  }
}
