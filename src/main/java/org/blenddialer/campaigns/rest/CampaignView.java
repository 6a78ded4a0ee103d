package org.blenddialer.campaigns.rest;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.blenddialer.campaigns.persistence.Campaign;
import org.blenddialer.core.campaign.AmdHandling;
import org.blenddialer.core.campaign.CampaignAction;
import org.blenddialer.core.campaign.CampaignState;
import org.blenddialer.core.campaign.DialMode;
import org.blenddialer.core.campaign.LeadOrder;

/**
 * A campaign as the API shows it, with the lifecycle actions it accepts now.
 *
 * @param id campaign id
 * @param name unique name
 * @param state lifecycle state
 * @param allowedActions actions the state accepts
 * @param dialMode dial mode
 * @param powerRatio power ratio (power mode)
 * @param targetAbandonPercent predictive target
 * @param asteriskQueue queue for live answers
 * @param asteriskServer dialing server
 * @param trunk outgoing trunk
 * @param callerId presented caller ID
 * @param jurisdiction declared policy pack
 * @param callingHoursStart earliest local call time
 * @param callingHoursEnd latest local call time
 * @param callingDays calling days
 * @param amdHandling machine handling
 * @param maxAttemptsPerLead attempts per lead
 * @param maxAttemptsPerDay attempts per lead per day
 * @param leadOrder lead ordering
 * @param script agent script
 * @param retryRules retry rules
 * @param skillQueueIds queues whose agents may work it
 * @param postCallSurvey whether called people hear the post-call survey
 * @param createdAt created (UTC)
 * @param updatedAt last changed (UTC)
 */
public record CampaignView(
    long id,
    String name,
    CampaignState state,
    Set<CampaignAction> allowedActions,
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
    List<CampaignDefinition.Retry> retryRules,
    Set<Long> skillQueueIds,
    boolean postCallSurvey,
    Instant createdAt,
    Instant updatedAt) {

  /** Maps a campaign to its view. */
  public static CampaignView of(Campaign c) {
    return new CampaignView(
        c.id,
        c.name,
        c.state,
        new TreeSet<>(c.state.allowedActions()),
        c.dialMode,
        c.powerRatio,
        c.targetAbandonPercent,
        c.asteriskQueue,
        c.asteriskServer,
        c.trunk,
        c.callerId,
        c.jurisdiction,
        c.hoursStart,
        c.hoursEnd,
        Arrays.stream(c.callingDays.split(","))
            .map(DayOfWeek::valueOf)
            .collect(Collectors.toCollection(TreeSet::new)),
        c.amdHandling,
        c.maxAttemptsPerLead,
        c.maxAttemptsPerDay,
        c.leadOrder,
        c.script,
        c.retryRules.stream()
            .map(r -> new CampaignDefinition.Retry(r.outcome, r.delayMinutes, r.maxAttempts))
            .sorted(Comparator.comparing(CampaignDefinition.Retry::outcome))
            .toList(),
        new TreeSet<>(c.skillQueueIds),
        c.postCallSurvey,
        c.createdAt,
        c.updatedAt);
  }
}
