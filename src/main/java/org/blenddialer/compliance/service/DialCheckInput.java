package org.blenddialer.compliance.service;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.blenddialer.core.compliance.AbandonFigures;
import org.blenddialer.core.compliance.CampaignFacts;
import org.blenddialer.core.compliance.DialMode;
import org.blenddialer.core.compliance.PastAttempt;
import org.blenddialer.core.compliance.ReassignedAnswer;
import org.blenddialer.core.compliance.ZoneSource;

/**
 * What the caller of a dial-time check knows: the number and lead, the campaign, the mode, and the
 * campaign's own records (attempt history, abandon figures). The compliance service adds packs, DNC
 * answers and the consent ledger itself.
 *
 * @param number the number to dial (E.164)
 * @param personRef the lead/person, so consent and caps follow them across numbers, or null
 * @param zone the called party's IANA zone from the lead, or null to use the number's prefix
 * @param zoneSource where {@code zone} came from (EXPLICIT, POSTAL_CODE), ignored without a zone
 * @param campaign the campaign placing the call
 * @param mode the dial mode
 * @param at the moment of the dial, null for now
 * @param history the person's earlier attempts; null means "could not be read" (denies where a cap
 *     or lockout needs it)
 * @param abandonFigures the campaign's abandon figures; null means "could not be read"
 * @param reassigned the reassigned-numbers answer, or null when none was asked
 */
public record DialCheckInput(
    String number,
    String personRef,
    String zone,
    ZoneSource zoneSource,
    CampaignFacts campaign,
    DialMode mode,
    Instant at,
    List<PastAttempt> history,
    List<AbandonFigures> abandonFigures,
    ReassignedAnswer reassigned) {

  public DialCheckInput {
    Objects.requireNonNull(campaign, "campaign");
    Objects.requireNonNull(mode, "mode");
  }
}
