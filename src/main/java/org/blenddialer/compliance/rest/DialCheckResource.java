package org.blenddialer.compliance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.time.Instant;
import java.util.List;
import org.blenddialer.compliance.config.ComplianceConfig;
import org.blenddialer.compliance.service.DialCheckInput;
import org.blenddialer.compliance.service.DialCheckService;
import org.blenddialer.core.compliance.AbandonFigures;
import org.blenddialer.core.compliance.Audience;
import org.blenddialer.core.compliance.CallPurpose;
import org.blenddialer.core.compliance.CampaignFacts;
import org.blenddialer.core.compliance.DialMode;
import org.blenddialer.core.compliance.PastAttempt;
import org.blenddialer.core.compliance.ZoneSource;
import org.blenddialer.users.Roles;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * "Can we call this number now, and why?": runs the dial-time check for any number, campaign
 * setting and moment, and shows every rule consulted. Asking changes nothing and is not audited as
 * a dial.
 */
@Path("/api/v1/compliance/checks")
@RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.ADMIN, Roles.CAMPAIGN_MANAGER})
@Tag(name = "Compliance")
public class DialCheckResource {

  private final DialCheckService checks;
  private final ComplianceConfig config;

  DialCheckResource(DialCheckService checks, ComplianceConfig config) {
    this.checks = checks;
    this.config = config;
  }

  /**
   * The question. Only {@code number} is required; the rest defaults to a consumer telemarketing
   * call by a progressive campaign of the configured company, with caller ID and an abandon
   * message, now, with no earlier attempts and no abandoned calls.
   */
  public record CheckRequest(
      @NotBlank String number,
      String personRef,
      String zone,
      ZoneSource zoneSource,
      String campaignId,
      String company,
      CallPurpose purpose,
      Audience audience,
      String subject,
      Boolean prerecordedMessage,
      Boolean callerIdShown,
      Boolean safeHarborMessage,
      String declaredPack,
      DialMode dialMode,
      Instant at,
      List<PastAttempt> attempts,
      List<AbandonFigures> abandonFigures) {}

  @POST
  public DialCheckService.Checked check(@Valid @NotNull CheckRequest r) {
    CampaignFacts campaign =
        new CampaignFacts(
            r.campaignId() == null ? "ad-hoc" : r.campaignId(),
            r.company() == null ? config.company() : r.company(),
            r.purpose() == null ? CallPurpose.TELEMARKETING : r.purpose(),
            r.audience() == null ? Audience.CONSUMER : r.audience(),
            r.subject(),
            Boolean.TRUE.equals(r.prerecordedMessage()),
            r.callerIdShown() == null || r.callerIdShown(),
            r.safeHarborMessage() == null || r.safeHarborMessage(),
            r.declaredPack());
    return checks.check(
        new DialCheckInput(
            r.number(),
            r.personRef(),
            r.zone(),
            r.zoneSource(),
            campaign,
            r.dialMode() == null ? DialMode.PROGRESSIVE : r.dialMode(),
            r.at(),
            r.attempts() == null ? List.of() : r.attempts(),
            r.abandonFigures() == null ? List.of() : r.abandonFigures(),
            null));
  }
}
