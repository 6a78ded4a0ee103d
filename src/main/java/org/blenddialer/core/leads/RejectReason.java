package org.blenddialer.core.leads;

/** Why a row of a lead file did not become a lead; the code shown in the import report. */
public enum RejectReason {
  MISSING_PHONE("the row has no phone number"),
  INVALID_PHONE("not a valid phone number"),
  INVALID_COUNTRY("not an ISO 3166 two-letter country code"),
  INVALID_TIME_ZONE("not an IANA time zone"),
  TOO_LONG("the value is too long"),
  RAGGED_ROW("the row has more fields than the header"),
  DUPLICATE_IN_LIST("the number is already in this list"),
  DUPLICATE_IN_CAMPAIGN("the number is already in another list of the campaign"),
  SUPERSEDED("a later row of this list has the same number"),
  DO_NOT_CALL("the number is on a do-not-call list");

  private final String description;

  RejectReason(String description) {
    this.description = description;
  }

  /** What the reason means, in words for the campaign manager. */
  public String description() {
    return description;
  }
}
