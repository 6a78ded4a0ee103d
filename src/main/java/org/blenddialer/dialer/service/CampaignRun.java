package org.blenddialer.dialer.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.blenddialer.campaigns.persistence.Campaign;
import org.blenddialer.campaigns.persistence.RetryRuleRow;
import org.blenddialer.core.campaign.AmdHandling;
import org.blenddialer.core.campaign.CallingHours;
import org.blenddialer.core.campaign.DialMode;
import org.blenddialer.core.campaign.LeadOrder;
import org.blenddialer.core.campaign.RetryPolicy;
import org.blenddialer.core.campaign.RetryRule;
import org.blenddialer.core.engine.CampaignState;
import org.blenddialer.core.estimate.OutboundEstimator;
import org.blenddialer.core.pacing.DialAttempt;
import org.blenddialer.core.pacing.DropBudget;
import org.blenddialer.core.pacing.PacingPolicy;
import org.blenddialer.core.pacing.PowerPacing;
import org.blenddialer.core.pacing.PredictivePacing;
import org.blenddialer.core.pacing.PredictiveSettings;
import org.blenddialer.core.pacing.ProgressivePacing;
import org.blenddialer.dialer.config.DialingConfig;

/**
 * One running campaign as the dialer keeps it live: its definition as last read, its pacing policy,
 * what it has learned about its calls, today's drop budget and its dials in progress.
 */
final class CampaignRun {

  final long id;
  final OutboundEstimator estimator;
  final Map<Long, LiveAttempt> inFlight = new ConcurrentHashMap<>();
  final AtomicInteger launching = new AtomicInteger();
  private final DialingConfig config;
  volatile Definition definition;
  volatile PacingPolicy pacing;
  volatile boolean fallenBack;
  volatile int dueLeads;
  volatile DropBudget dropBudget;

  /** The parts of the campaign the dialer uses, read once per refresh. */
  record Definition(
      String name,
      DialMode mode,
      double powerRatio,
      double targetAbandon,
      String queue,
      String server,
      String trunk,
      String callerId,
      String jurisdiction,
      AmdHandling amd,
      CallingHours hours,
      RetryPolicy retry,
      String script,
      LeadOrder order,
      java.util.Set<Long> skillQueueIds,
      boolean running) {

    static Definition of(Campaign c, boolean running) {
      List<RetryRule> rules = new ArrayList<>();
      for (RetryRuleRow r : c.retryRules) {
        rules.add(new RetryRule(r.outcome, Duration.ofMinutes(r.delayMinutes), r.maxAttempts));
      }
      return new Definition(
          c.name,
          c.dialMode,
          c.powerRatio == null ? 1.5 : c.powerRatio.doubleValue(),
          c.targetAbandonPercent == null ? 0.03 : c.targetAbandonPercent.doubleValue() / 100,
          c.asteriskQueue,
          c.asteriskServer,
          c.trunk,
          c.callerId,
          c.jurisdiction,
          c.amdHandling,
          new CallingHours(c.hoursStart, c.hoursEnd, CampaignRun.days(c.callingDays)),
          new RetryPolicy(rules, c.maxAttemptsPerLead, c.maxAttemptsPerDay),
          c.script,
          c.leadOrder == null ? LeadOrder.PRIORITY : c.leadOrder,
          java.util.Set.copyOf(c.skillQueueIds),
          running);
    }
  }

  CampaignRun(long id, DialingConfig config, DropBudget today) {
    this.id = id;
    this.config = config;
    this.dropBudget = today;
    this.estimator =
        new OutboundEstimator(
            new OutboundEstimator.OutboundPrior(
                config.priorLiveAnswer(),
                config.priorRingSeconds(),
                config.ringTimeout().toSeconds(),
                config.priorHandleSeconds()));
  }

  /** Takes a fresh definition; the pacing policy is kept unless the mode or its figures changed. */
  void refresh(Definition d) {
    Definition old = definition;
    definition = d;
    if (old == null
        || old.mode() != d.mode()
        || old.powerRatio() != d.powerRatio()
        || old.targetAbandon() != d.targetAbandon()
        || pacing == null) {
      pacing = policyFor(d, fallenBack);
    }
  }

  /** Power and predictive dial progressively while the abandon cap is reached. */
  void fallBack(boolean atCap) {
    if (atCap != fallenBack) {
      fallenBack = atCap;
      pacing = policyFor(definition, atCap);
    }
  }

  private PacingPolicy policyFor(Definition d, boolean progressive) {
    if (progressive) {
      return new ProgressivePacing();
    }
    return switch (d.mode()) {
      case PREVIEW, PROGRESSIVE -> new ProgressivePacing();
      case POWER -> new PowerPacing(Math.max(1, d.powerRatio()));
      case PREDICTIVE ->
          new PredictivePacing(
              PredictiveSettings.underCap(
                  Math.min(0.99, d.targetAbandon()), config.answerWindowSeconds()));
    };
  }

  /** The dial mode calls go out in now (progressive while fallen back). */
  DialMode effectiveMode() {
    return fallenBack && definition.mode().canAbandon() ? DialMode.PROGRESSIVE : definition.mode();
  }

  /** The campaign as the engine sees it now. */
  CampaignState state(double now, boolean open) {
    List<DialAttempt> ringing = new ArrayList<>();
    int waiting = 0;
    int talking = 0;
    for (LiveAttempt a : inFlight.values()) {
      switch (a.phase) {
        case RINGING -> ringing.add(a);
        case ANSWERED, QUEUED -> waiting++;
        case CONNECTED -> talking++;
      }
    }
    int pending = launching.get();
    for (int i = 0; i < pending; i++) {
      ringing.add(() -> now);
    }
    return new CampaignState(
        String.valueOf(id),
        open,
        ringing,
        waiting,
        talking,
        estimator,
        dropBudget,
        Math.max(0, dueLeads - pending),
        definition.queue());
  }

  static java.util.Set<java.time.DayOfWeek> days(String csv) {
    java.util.Set<java.time.DayOfWeek> days = java.util.EnumSet.noneOf(java.time.DayOfWeek.class);
    for (String d : csv.split(",")) {
      if (!d.isBlank()) {
        days.add(java.time.DayOfWeek.valueOf(d.trim()));
      }
    }
    return days;
  }
}
