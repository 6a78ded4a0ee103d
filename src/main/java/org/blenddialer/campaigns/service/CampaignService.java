package org.blenddialer.campaigns.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.InstantSource;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.blenddialer.acd.persistence.InboundQueue;
import org.blenddialer.acd.service.QueueDirectory;
import org.blenddialer.audit.service.AuditEntry;
import org.blenddialer.audit.service.AuditTrail;
import org.blenddialer.campaigns.persistence.Campaign;
import org.blenddialer.campaigns.persistence.CampaignStateChange;
import org.blenddialer.campaigns.persistence.RetryRuleRow;
import org.blenddialer.campaigns.rest.CampaignDefinition;
import org.blenddialer.core.campaign.AttemptOutcome;
import org.blenddialer.core.campaign.CampaignAction;
import org.blenddialer.core.campaign.CampaignState;
import org.blenddialer.core.campaign.DialMode;
import org.blenddialer.core.campaign.IllegalCampaignTransition;
import org.blenddialer.core.campaign.RetryRule;
import org.blenddialer.platform.error.ConflictProblem;
import org.blenddialer.platform.error.InvalidInputProblem;
import org.blenddialer.platform.error.NotFoundProblem;
import org.blenddialer.platform.security.CurrentActor;
import org.blenddialer.platform.time.Timestamps;

/** Creates and edits campaigns and moves them through their lifecycle. */
@ApplicationScoped
public class CampaignService {

  private final InstantSource clock;
  private final AuditTrail audit;
  private final CurrentActor actor;

  private final Event<QueueDirectory.DefinitionsChanged> changed;

  CampaignService(
      InstantSource clock,
      AuditTrail audit,
      CurrentActor actor,
      Event<QueueDirectory.DefinitionsChanged> changed) {
    this.clock = clock;
    this.audit = audit;
    this.actor = actor;
    this.changed = changed;
  }

  /** All campaigns, newest first. */
  @Transactional
  public List<Campaign> list() {
    return Campaign.listAll(Sort.descending("createdAt"));
  }

  /** One campaign. */
  @Transactional
  public Campaign get(long id) {
    Campaign campaign = Campaign.findById(id);
    if (campaign == null) {
      throw new NotFoundProblem("Campaign", id);
    }
    return campaign;
  }

  /** Creates a campaign in DRAFT. */
  @Transactional
  public Campaign create(CampaignDefinition definition) {
    Campaign campaign = new Campaign();
    campaign.createdAt = Timestamps.now(clock);
    apply(campaign, definition);
    campaign.persist();
    audited("campaign.created", campaign);
    return campaign;
  }

  /** Replaces a campaign's definition; archived campaigns are read-only. */
  @Transactional
  public Campaign update(long id, CampaignDefinition definition) {
    Campaign campaign = get(id);
    if (!campaign.state.editable()) {
      throw new ConflictProblem("An archived campaign cannot be edited");
    }
    apply(campaign, definition);
    audited("campaign.updated", campaign);
    return campaign;
  }

  /** Applies a lifecycle action and records who did it. */
  @Transactional
  public Campaign act(long id, CampaignAction action, String actingUser, String reason) {
    Campaign campaign = get(id);
    CampaignState from = campaign.state;
    try {
      campaign.state = from.after(action);
    } catch (IllegalCampaignTransition e) {
      throw new ConflictProblem(e.getMessage());
    }
    campaign.updatedAt = Timestamps.now(clock);
    CampaignStateChange change = new CampaignStateChange();
    change.campaignId = campaign.id;
    change.fromState = from;
    change.toState = campaign.state;
    change.changedBy = actingUser;
    change.changedAt = campaign.updatedAt;
    change.reason = reason;
    change.persist();
    changed.fire(new QueueDirectory.DefinitionsChanged("campaign", campaign.id));
    audit.append(
        AuditEntry.of(actingUser, "campaign." + action.name().toLowerCase(java.util.Locale.ROOT))
            .subject("campaign", campaign.id)
            .campaign(String.valueOf(campaign.id))
            .detail("from", from.name())
            .detail("to", campaign.state.name())
            .detail("reason", reason == null ? "" : reason));
    return campaign;
  }

  /** Records a definition change with the settings that matter to compliance. */
  private void audited(String action, Campaign c) {
    changed.fire(new QueueDirectory.DefinitionsChanged("campaign", c.id));
    audit.append(
        AuditEntry.of(actor.name(), action)
            .subject("campaign", c.id)
            .campaign(String.valueOf(c.id))
            .detail("name", c.name)
            .detail("dialMode", c.dialMode.name())
            .detail("callerId", c.callerId)
            .detail("jurisdiction", c.jurisdiction == null ? "" : c.jurisdiction)
            .detail("hours", c.hoursStart + "-" + c.hoursEnd + " " + c.callingDays));
  }

  /** The campaign's lifecycle history, oldest first. */
  @Transactional
  public List<CampaignStateChange> history(long id) {
    get(id);
    return CampaignStateChange.list("campaignId", Sort.ascending("changedAt", "id"), id);
  }

  private void apply(Campaign c, CampaignDefinition d) {
    Campaign sameName = Campaign.find("name", d.name()).firstResult();
    if (sameName != null && !sameName.id.equals(c.id)) {
      throw new ConflictProblem("A campaign named '" + d.name() + "' already exists");
    }
    if (d.dialMode() == DialMode.POWER && d.powerRatio() == null) {
      throw InvalidInputProblem.ofField("powerRatio", "is required in POWER mode");
    }
    if (d.dialMode() == DialMode.PREDICTIVE && d.targetAbandonPercent() == null) {
      throw InvalidInputProblem.ofField("targetAbandonPercent", "is required in PREDICTIVE mode");
    }
    if (!d.callingHoursStart().isBefore(d.callingHoursEnd())) {
      throw InvalidInputProblem.ofField("callingHoursEnd", "must be after callingHoursStart");
    }
    Set<Long> queueIds = d.skillQueueIds() == null ? Set.of() : d.skillQueueIds();
    for (Long queueId : queueIds) {
      if (InboundQueue.findById(queueId) == null) {
        throw InvalidInputProblem.ofField("skillQueueIds", "no queue " + queueId);
      }
    }
    c.name = d.name();
    c.dialMode = d.dialMode();
    c.powerRatio = d.dialMode() == DialMode.POWER ? d.powerRatio() : null;
    c.targetAbandonPercent = d.dialMode() == DialMode.PREDICTIVE ? d.targetAbandonPercent() : null;
    c.asteriskQueue = d.asteriskQueue();
    c.asteriskServer = d.asteriskServer();
    c.trunk = d.trunk();
    c.callerId = d.callerId();
    c.jurisdiction = d.jurisdiction();
    c.hoursStart = d.callingHoursStart();
    c.hoursEnd = d.callingHoursEnd();
    c.callingDays =
        EnumSet.copyOf(d.callingDays()).stream()
            .map(DayOfWeek::name)
            .collect(Collectors.joining(","));
    c.amdHandling = d.amdHandling();
    c.maxAttemptsPerLead = d.maxAttemptsPerLead();
    c.maxAttemptsPerDay = d.maxAttemptsPerDay();
    c.leadOrder = d.leadOrder();
    c.script = d.script();
    c.retryRules.clear();
    c.retryRules.addAll(retryRules(d.retryRules()).stream().map(RetryRuleRow::new).toList());
    c.skillQueueIds.clear();
    c.skillQueueIds.addAll(queueIds);
    if (d.postCallSurvey() != null) {
      c.postCallSurvey = d.postCallSurvey();
    }
    c.updatedAt = Timestamps.now(clock);
  }

  private static List<RetryRule> retryRules(List<CampaignDefinition.Retry> given) {
    if (given == null || given.isEmpty()) {
      return DefaultRetryRules.RULES;
    }
    Set<AttemptOutcome> seen = EnumSet.noneOf(AttemptOutcome.class);
    for (int i = 0; i < given.size(); i++) {
      AttemptOutcome outcome = given.get(i).outcome();
      if (outcome == AttemptOutcome.CONNECTED) {
        throw InvalidInputProblem.ofField(
            "retryRules[" + i + "].outcome", "a connected call is not retried");
      }
      if (!seen.add(outcome)) {
        throw InvalidInputProblem.ofField(
            "retryRules[" + i + "].outcome", outcome + " has more than one rule");
      }
    }
    return given.stream()
        .map(r -> new RetryRule(r.outcome(), Duration.ofMinutes(r.delayMinutes()), r.maxAttempts()))
        .toList();
  }
}
