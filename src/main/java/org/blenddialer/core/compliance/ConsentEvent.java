package org.blenddialer.core.compliance;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the append-only consent ledger: a grant or a revocation. Null scope fields mean
 * "any" (a revocation with no company revokes for every company).
 *
 * @param id ledger id, quoted in decisions that rely on it
 * @param kind grant or revocation
 * @param at when the person gave or withdrew consent
 * @param company company the consent was given to (or revoked from)
 * @param purpose purpose covered, null for any
 * @param campaignId campaign covered, null for any
 * @param basis kind of permission, for grants
 * @param expiresAt end of a grant's validity, null if open-ended
 * @param channel how it was given or withdrawn (web form, key press, agent, API, ...)
 */
public record ConsentEvent(
    long id,
    Kind kind,
    Instant at,
    String company,
    CallPurpose purpose,
    String campaignId,
    ConsentBasis basis,
    Instant expiresAt,
    String channel) {

  /** Grant or revocation. */
  public enum Kind {
    GRANT,
    REVOCATION
  }

  public ConsentEvent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(at, "at");
    if (kind == Kind.GRANT) {
      Objects.requireNonNull(company, "a grant names the company it is given to");
      Objects.requireNonNull(basis, "a grant has a basis");
    }
  }

  /** True when this event's scope covers a call by this company, purpose and campaign. */
  public boolean covers(String callCompany, CallPurpose callPurpose, String callCampaign) {
    return (company == null || company.equals(callCompany))
        && (purpose == null || purpose == callPurpose)
        && (campaignId == null || campaignId.equals(callCampaign));
  }
}
