package org.blenddialer.dialer.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.blenddialer.compliance.config.ComplianceConfig;
import org.blenddialer.compliance.service.AbandonGuard;
import org.blenddialer.compliance.service.DialCheckInput;
import org.blenddialer.compliance.service.DialCheckService;
import org.blenddialer.core.campaign.DialMode;
import org.blenddialer.core.campaign.LeadNext;
import org.blenddialer.core.campaign.PreviewRouting;
import org.blenddialer.core.compliance.AbandonFigures;
import org.blenddialer.core.compliance.CampaignFacts;
import org.blenddialer.core.compliance.DialDecision;
import org.blenddialer.core.compliance.RuleVerdict;
import org.blenddialer.core.compliance.RuleVerdict.Check;
import org.blenddialer.core.compliance.ZoneSource;
import org.blenddialer.core.leads.LeadStatus;
import org.blenddialer.dialer.config.DialingConfig;
import org.blenddialer.dialer.persistence.AttemptStore;
import org.blenddialer.dialer.persistence.Hopper;
import org.blenddialer.dialer.persistence.LeadBook;
import org.blenddialer.telephony.OriginateRequest;
import org.blenddialer.telephony.Pbx;
import org.jboss.logging.Logger;

/**
 * Turns a launch into dials: claims leads through the hopper (committed first), passes each through
 * the dial-time compliance check, then originates it; a lead that may not be called now is released
 * as the refusal says, without counting an attempt.
 */
@ApplicationScoped
public class Launcher {

  private static final Logger LOG = Logger.getLogger(Launcher.class);

  private final DialingConfig config;
  private final ComplianceConfig compliance;
  private final Hopper hopper;
  private final AttemptStore attempts;
  private final LeadBook leads;
  private final DialCheckService checks;
  private final AbandonGuard guard;
  private final Pbx pbx;
  private final InstantSource clock;
  private final AttemptFollower follower;

  Launcher(
      DialingConfig config,
      ComplianceConfig compliance,
      Hopper hopper,
      AttemptStore attempts,
      LeadBook leads,
      DialCheckService checks,
      AbandonGuard guard,
      Pbx pbx,
      InstantSource clock,
      AttemptFollower follower) {
    this.config = config;
    this.compliance = compliance;
    this.hopper = hopper;
    this.attempts = attempts;
    this.leads = leads;
    this.checks = checks;
    this.guard = guard;
    this.pbx = pbx;
    this.clock = clock;
    this.follower = follower;
  }

  /** Due leads of the campaign, counted up to a bound (pacing never needs more). */
  int dueLeads(CampaignRun run, Instant now) {
    return hopper.dueCount(run.id, now, 1000);
  }

  /**
   * Asks the abandon guard for the campaign's declared pack: at the cap, power and predictive
   * dialing fall back to progressive (the guard audits the switch and the switch back).
   */
  void guard(CampaignRun run, Instant now) {
    CampaignRun.Definition d = run.definition;
    if (!d.mode().canAbandon() || d.jurisdiction() == null) {
      return;
    }
    AbandonGuard.Guidance g =
        guard.guide(
            String.valueOf(run.id),
            List.of(d.jurisdiction()),
            complianceMode(d.mode()),
            leads.abandonFigures(run.id, now));
    run.fallBack(g.mode() == org.blenddialer.core.compliance.DialMode.PROGRESSIVE);
  }

  /** Claims and dials up to {@code count} leads of an automatic campaign. */
  void launch(CampaignRun run, int count) {
    CampaignRun.Definition d = run.definition;
    if (d == null || !d.running() || !pbx.isReady(d.server())) {
      return;
    }
    Instant now = clock.instant();
    DialMode mode = run.effectiveMode();
    List<Hopper.Claimed> claimed =
        hopper.claim(
            new Hopper.Launch(
                run.id,
                d.server(),
                d.callerId(),
                mode.name(),
                run.pacing.name(),
                detail(run, mode),
                null,
                d.order(),
                d.hours()),
            count,
            now);
    if (claimed.isEmpty()) {
      run.dueLeads = 0;
      return;
    }
    run.dueLeads = Math.max(0, run.dueLeads - claimed.size());
    List<AbandonFigures> figures = leads.abandonFigures(run.id, now);
    for (Hopper.Claimed lead : claimed) {
      dial(run, lead, mode, figures, null);
    }
  }

  /**
   * What became of one claimed lead at once: dialed, or not and why not.
   *
   * @param dialed whether the originate went out
   * @param rule the rule that refused it ({@code campaign-hours} outside the campaign's own hours),
   *     null when dialed or when the PBX refused the originate
   * @param check the kind of compliance check that refused it, null otherwise
   * @param reason why not, in the core's words (English); null when dialed
   */
  public record DialOutcome(boolean dialed, String rule, Check check, String reason) {

    /** The rule of a lead claimed outside the campaign's own calling hours. */
    public static final String CAMPAIGN_HOURS = "campaign-hours";

    static final DialOutcome DIALED = new DialOutcome(true, null, null, null);
  }

  /** Checks and dials one claimed lead. */
  DialOutcome dial(
      CampaignRun run,
      Hopper.Claimed lead,
      DialMode mode,
      List<AbandonFigures> figures,
      Long previewAgent) {
    CampaignRun.Definition d = run.definition;
    Instant now = clock.instant();
    ZoneId zone = zoneOf(lead.timeZone());
    if (!d.hours().open(now, zone)) {
      notDialed(
          lead,
          new LeadNext(LeadStatus.READY, d.hours().nextOpening(now, zone), "campaign hours"),
          DialOutcome.CAMPAIGN_HOURS);
      return new DialOutcome(
          false, DialOutcome.CAMPAIGN_HOURS, null, "outside the campaign's hours");
    }
    DialCheckService.Checked checked =
        checks.decideAndRecord(
            new DialCheckInput(
                lead.phone(),
                String.valueOf(lead.leadId()),
                zoneSource(lead.timeZoneSource()) == null ? null : lead.timeZone(),
                zoneSource(lead.timeZoneSource()),
                facts(run),
                complianceMode(mode),
                now,
                leads.history(lead.leadId(), now),
                figures,
                null),
            "dialer");
    DialDecision decision = checked.decision();
    if (!decision.allowed()) {
      notDialed(
          lead,
          LeadNext.afterDenial(decision, now, config.deniedRecheck()),
          decision.denyingRule().ruleId());
      RuleVerdict rule = decision.denyingRule();
      return new DialOutcome(false, rule.ruleId(), rule.check(), rule.reason());
    }
    LiveAttempt live =
        new LiveAttempt(lead.attemptId(), lead.leadId(), run, now.toEpochMilli() / 1000.0);
    follower.track(live);
    attempts.markDialed(lead.attemptId(), now);
    try {
      pbx.originate(
          new OriginateRequest(
              d.server(),
              String.valueOf(lead.attemptId()),
              lead.phone(),
              d.trunk(),
              d.queue(),
              d.callerId(),
              ringFor(config.ringTimeout(), decision.conduct()),
              variables(run, previewAgent)));
      return DialOutcome.DIALED;
    } catch (RuntimeException e) {
      LOG.warnf("originate of attempt %d failed: %s", lead.attemptId(), e.getMessage());
      follower.untrack(live);
      notDialed(lead, new LeadNext(LeadStatus.READY, now, "PBX refused the dial"), null);
      return new DialOutcome(false, null, null, "the PBX refused the dial");
    }
  }

  private Map<String, String> variables(CampaignRun run, Long previewAgent) {
    Map<String, String> vars = new java.util.HashMap<>();
    vars.put("DIALER_QUEUE_TIMEOUT", String.valueOf(config.answerWindowSeconds()));
    vars.put("DIALER_AMD", run.definition.amd().name());
    vars.put("DIALER_CAMPAIGN", String.valueOf(run.id));
    vars.put("DIALER_OPT_OUT_KEY", optOutKey(config.optOutKey()));
    if (previewAgent != null) {
      // Only the agent who asked for the call may take it from the campaign queue.
      String penalty = String.valueOf(PreviewRouting.memberPenalty(previewAgent));
      vars.put(PreviewRouting.MIN_PENALTY, penalty);
      vars.put(PreviewRouting.MAX_PENALTY, penalty);
    }
    return vars;
  }

  private void notDialed(Hopper.Claimed lead, LeadNext next, String rule) {
    Instant now = clock.instant();
    attempts.close(lead.attemptId(), now, AttemptStore.NOT_DIALED, rule, null);
    leads.notDialed(lead.leadId(), lead.attemptId(), next, next.reason());
  }

  private CampaignFacts facts(CampaignRun run) {
    return new CampaignFacts(
        String.valueOf(run.id),
        compliance.company(),
        config.purpose(),
        config.audience(),
        "",
        false,
        true,
        config.safeHarborMessage(),
        run.definition.jurisdiction());
  }

  private static String detail(CampaignRun run, DialMode mode) {
    CampaignRun.Definition d = run.definition;
    String base =
        switch (d.mode()) {
          case POWER -> String.format(Locale.ROOT, "ratio %.2f", d.powerRatio());
          case PREDICTIVE ->
              String.format(
                  Locale.ROOT,
                  "target abandon %.2f%%, p(live) %.2f",
                  d.targetAbandon() * 100,
                  run.estimator.liveAnswerProbability());
          default -> "one per free agent";
        };
    return mode != d.mode() ? base + "; fallen back to " + mode : base;
  }

  /**
   * How long the lead's phone rings: the configured timeout, but never less than the minimum ring
   * time a pack that applies to this number asks for (UK and US: 15 s).
   */
  static java.time.Duration ringFor(
      java.time.Duration configured, org.blenddialer.core.compliance.CallConduct conduct) {
    java.time.Duration minimum = conduct == null ? null : conduct.minimumRing();
    return minimum != null && configured.compareTo(minimum) < 0 ? minimum : configured;
  }

  /** The one DTMF key the safe-harbor message offers, or empty for none. */
  static String optOutKey(String configured) {
    String key = configured == null ? "" : configured.trim();
    return key.matches("[0-9*]") ? key : "";
  }

  static org.blenddialer.core.compliance.DialMode complianceMode(DialMode mode) {
    return org.blenddialer.core.compliance.DialMode.valueOf(mode.name());
  }

  static ZoneId zoneOf(String zone) {
    return org.blenddialer.core.campaign.ZoneOrder.zoneOf(zone);
  }

  private static ZoneSource zoneSource(String source) {
    if (source == null) {
      return null;
    }
    // Only a zone given by the list or its postal code is stronger than the number's own.
    return switch (source) {
      case "EXPLICIT" -> ZoneSource.EXPLICIT;
      case "POSTAL_CODE" -> ZoneSource.POSTAL_CODE;
      default -> null;
    };
  }
}
