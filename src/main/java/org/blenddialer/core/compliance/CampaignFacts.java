package org.blenddialer.core.compliance;

import java.util.Objects;

/**
 * What the rules need to know about the campaign placing the call.
 *
 * @param campaignId the campaign's id; its own DNC list is {@code campaign:<id>}
 * @param company the company the calls are made for (consent is given to a company)
 * @param purpose telemarketing or informational
 * @param audience consumers or businesses
 * @param subject what the call is about, e.g. {@code insurance}; frequency caps count per subject
 * @param prerecordedMessage true when the call plays a recorded message instead of an agent
 * @param callerIdShown true when a returnable caller ID is presented
 * @param safeHarborMessage true when an information message is set up for abandoned calls
 * @param packOverride policy pack the campaign declares itself under (e.g. {@code US-FL}), or null
 *     to follow the number
 */
public record CampaignFacts(
    String campaignId,
    String company,
    CallPurpose purpose,
    Audience audience,
    String subject,
    boolean prerecordedMessage,
    boolean callerIdShown,
    boolean safeHarborMessage,
    String packOverride) {

  public CampaignFacts {
    Objects.requireNonNull(campaignId, "campaignId");
    Objects.requireNonNull(company, "company");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(audience, "audience");
    subject = subject == null ? "" : subject;
  }
}
