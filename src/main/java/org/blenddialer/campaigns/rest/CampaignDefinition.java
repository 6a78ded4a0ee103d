package org.blenddialer.campaigns.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.blenddialer.core.campaign.AmdHandling;
import org.blenddialer.core.campaign.AttemptOutcome;
import org.blenddialer.core.campaign.DialMode;
import org.blenddialer.core.campaign.LeadOrder;

/**
 * A campaign as a campaign manager defines it.
 *
 * @param name unique name
 * @param dialMode preview, progressive, power or predictive
 * @param powerRatio calls per free agent (power mode only)
 * @param targetAbandonPercent abandon rate the predictive pacing aims under (predictive only)
 * @param asteriskQueue the app_queue queue live answers go to
 * @param asteriskServer the configured Asterisk server that dials
 * @param trunk the trunk calls leave through
 * @param callerId caller ID presented, E.164
 * @param jurisdiction policy pack the campaign declares (e.g. US-FL), or null to follow each lead
 * @param callingHoursStart earliest local time to call (compliance may narrow it)
 * @param callingHoursEnd latest local time to call
 * @param callingDays days on which the campaign calls
 * @param amdHandling what to do with answering machines
 * @param maxAttemptsPerLead most attempts per lead overall
 * @param maxAttemptsPerDay most attempts per lead per day
 * @param leadOrder which due leads go first
 * @param script call script with {{field}} placeholders
 * @param retryRules per-outcome retry delay and limit; defaults when empty
 * @param skillQueueIds inbound queues whose agents may work the campaign
 * @param postCallSurvey whether the called person hears the post-call survey after the agent hangs
 *     up (the same "press 1 to 5" survey queues ask); omitted: off for a new campaign, unchanged
 *     for an existing one
 */
public record CampaignDefinition(
    @NotBlank @Size(max = 120) String name,
    @NotNull DialMode dialMode,
    @DecimalMin("1.0") @DecimalMax("5.0") BigDecimal powerRatio,
    @DecimalMin("0.1") @DecimalMax("5.0") BigDecimal targetAbandonPercent,
    @NotNull @Pattern(regexp = "[A-Za-z0-9_-]{1,80}", message = "must be an app_queue name")
        String asteriskQueue,
    @NotBlank @Size(max = 60) String asteriskServer,
    @NotBlank @Size(max = 80) String trunk,
    @NotNull @Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "must be an E.164 number")
        String callerId,
    @Pattern(
            regexp = "[A-Z]{2}(-[A-Z]{2})?|EU",
            message = "must be a policy pack code such as US-FL")
        String jurisdiction,
    @NotNull LocalTime callingHoursStart,
    @NotNull LocalTime callingHoursEnd,
    @NotEmpty Set<@NotNull DayOfWeek> callingDays,
    @NotNull AmdHandling amdHandling,
    @Min(1) @Max(50) int maxAttemptsPerLead,
    @Min(1) @Max(10) int maxAttemptsPerDay,
    @NotNull LeadOrder leadOrder,
    @Size(max = 20000) String script,
    List<@Valid @NotNull Retry> retryRules,
    Set<@NotNull Long> skillQueueIds,
    Boolean postCallSurvey) {

  /** A definition that leaves the post-call survey as it is (the campaigns screen). */
  public CampaignDefinition(
      String name,
      DialMode dialMode,
      BigDecimal powerRatio,
      BigDecimal targetAbandonPercent,
      String asteriskQueue,
      String asteriskServer,
      String trunk,
      String callerId,
      String jurisdiction,
      LocalTime callingHoursStart,
      LocalTime callingHoursEnd,
      Set<DayOfWeek> callingDays,
      AmdHandling amdHandling,
      int maxAttemptsPerLead,
      int maxAttemptsPerDay,
      LeadOrder leadOrder,
      String script,
      List<Retry> retryRules,
      Set<Long> skillQueueIds) {
    this(
        name,
        dialMode,
        powerRatio,
        targetAbandonPercent,
        asteriskQueue,
        asteriskServer,
        trunk,
        callerId,
        jurisdiction,
        callingHoursStart,
        callingHoursEnd,
        callingDays,
        amdHandling,
        maxAttemptsPerLead,
        maxAttemptsPerDay,
        leadOrder,
        script,
        retryRules,
        skillQueueIds,
        null);
  }

  /**
   * Retry rule for one outcome.
   *
   * @param outcome busy, no answer, machine, congestion, abandoned or failed
   * @param delayMinutes wait before the next attempt
   * @param maxAttempts most attempts ending in this outcome
   */
  public record Retry(
      @NotNull AttemptOutcome outcome,
      @Min(0) @Max(43200) int delayMinutes,
      @Min(1) @Max(100) int maxAttempts) {}
}
