package org.blenddialer.dialer.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.blenddialer.agents.live.AgentSessions;
import org.blenddialer.audit.service.AuditEntry;
import org.blenddialer.audit.service.AuditTrail;
import org.blenddialer.campaigns.persistence.Campaign;
import org.blenddialer.campaigns.persistence.Disposition;
import org.blenddialer.campaigns.service.CampaignService;
import org.blenddialer.compliance.service.ConsentCommand;
import org.blenddialer.compliance.service.ConsentLedger;
import org.blenddialer.core.campaign.CampaignState;
import org.blenddialer.core.campaign.DialMode;
import org.blenddialer.core.campaign.LeadNext;
import org.blenddialer.core.campaign.ScriptTemplate;
import org.blenddialer.core.leads.LeadStatus;
import org.blenddialer.dialer.config.DialingConfig;
import org.blenddialer.dialer.persistence.AttemptStore;
import org.blenddialer.dialer.persistence.Hopper;
import org.blenddialer.dialer.persistence.LeadBook;
import org.blenddialer.platform.error.ConflictProblem;
import org.blenddialer.platform.error.InvalidInputProblem;
import org.blenddialer.platform.error.NotFoundProblem;

/**
 * The agent's side of the dialer: preview (the next lead with its script, dialed or skipped on the
 * agent's word) and dispositions on the agent's own attempts.
 */
@ApplicationScoped
public class AgentDialing {

  private final Dialer dialer;
  private final Launcher launcher;
  private final Hopper hopper;
  private final AttemptStore attempts;
  private final LeadBook leads;
  private final CampaignService campaigns;
  private final ConsentLedger consent;
  private final AuditTrail audit;
  private final DialingConfig config;
  private final ObjectMapper json;
  private final InstantSource clock;
  private final AgentSessions sessions;
  private final Map<Long, Held> held = new ConcurrentHashMap<>();

  AgentDialing(
      Dialer dialer,
      Launcher launcher,
      Hopper hopper,
      AttemptStore attempts,
      LeadBook leads,
      CampaignService campaigns,
      ConsentLedger consent,
      AuditTrail audit,
      DialingConfig config,
      ObjectMapper json,
      InstantSource clock,
      AgentSessions sessions) {
    this.dialer = dialer;
    this.launcher = launcher;
    this.hopper = hopper;
    this.attempts = attempts;
    this.leads = leads;
    this.campaigns = campaigns;
    this.consent = consent;
    this.audit = audit;
    this.config = config;
    this.json = json;
    this.clock = clock;
    this.sessions = sessions;
  }

  private record Held(CampaignRun run, Hopper.Claimed lead) {}

  /** A lead shown to an agent before the dial. */
  public record Preview(
      long attemptId,
      long campaignId,
      String campaignName,
      long leadId,
      String name,
      String phone,
      String timeZone,
      int attemptNumber,
      Map<String, String> fields,
      String script) {}

  /** The agent's lead to preview: the one held for them, or the next due one; null if none. */
  public Preview preview(long agentId) {
    Held h = held.get(agentId);
    if (h != null) {
      return view(h);
    }
    for (Campaign c : campaigns.list()) {
      if (c.state != CampaignState.RUNNING || c.dialMode != DialMode.PREVIEW) {
        continue;
      }
      CampaignRun run = dialer.runOf(c.id);
      CampaignRun.Definition d = run.definition;
      // The call will ring this agent only, through the campaign's queue: an agent who is not
      // logged into it (their skills do not cover the campaign) gets nothing from it.
      if (!sessions.readyForPreview(agentId, d.queue())) {
        continue;
      }
      var claimed =
          hopper.claim(
              new Hopper.Launch(
                  c.id,
                  d.server(),
                  d.callerId(),
                  "PREVIEW",
                  "preview",
                  "agent's word",
                  agentId,
                  d.order(),
                  d.hours()),
              1,
              clock.instant());
      if (!claimed.isEmpty()) {
        Held next = new Held(run, claimed.get(0));
        held.put(agentId, next);
        return view(next);
      }
    }
    return null;
  }

  /** Dials the previewed lead; the outcome says whether it went out and, if not, why not. */
  public Launcher.DialOutcome dial(long agentId, long attemptId) {
    Held h = heldAttempt(agentId, attemptId);
    held.remove(agentId);
    return dialer.onDialerThread(
        () ->
            launcher.dial(
                h.run(),
                h.lead(),
                DialMode.PREVIEW,
                leads.abandonFigures(h.run().id, clock.instant()),
                agentId));
  }

  /** Skips the previewed lead: it goes back to the hopper, due again after the recheck delay. */
  public void skip(long agentId, long attemptId) {
    Held h = heldAttempt(agentId, attemptId);
    held.remove(agentId);
    Instant now = clock.instant();
    attempts.close(attemptId, now, AttemptStore.NOT_DIALED, "skipped", null);
    leads.notDialed(
        h.lead().leadId(),
        attemptId,
        new LeadNext(LeadStatus.READY, now.plus(config.deniedRecheck()), "skipped by agent"),
        "skipped by agent");
  }

  /**
   * Sets the disposition of an attempt the agent took, once; its meaning moves the lead on (a DO
   * NOT CALL revokes consent and puts the number on the internal DNC list).
   */
  public AttemptStore.AttemptRow dispose(long agentId, long attemptId, String code, String user) {
    AttemptStore.AttemptRow a = attempts.find(attemptId);
    if (a == null) {
      throw new NotFoundProblem("Call attempt", attemptId);
    }
    if (!Long.valueOf(agentId).equals(a.agentId())
        && !Long.valueOf(agentId).equals(a.previewAgentId())) {
      throw new NotFoundProblem("Call attempt", attemptId);
    }
    Disposition d =
        QuarkusTransaction.requiringNew()
            .call(() -> Disposition.findByCode(code == null ? "" : code));
    if (d == null || !d.active) {
      throw InvalidInputProblem.ofField("code", "not an active disposition code");
    }
    if (a.endedAt() == null) {
      throw new ConflictProblem("the call is not over yet");
    }
    Instant now = clock.instant();
    if (!attempts.setDisposition(attemptId, d.code, user, now)) {
      throw new ConflictProblem("the attempt already has a disposition");
    }
    CampaignRun run = dialer.runOf(a.campaignId());
    LeadNext next =
        LeadNext.afterDisposition(
            d.meaning,
            now,
            config.unresolvedRetry(),
            a.attemptNumber() < run.definition.retry().maxAttemptsPerLead());
    leads.setStatus(a.leadId(), attemptId, next.status().name(), next.nextCallAt());
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              audit.append(
                  AuditEntry.of(user, "attempt.disposition")
                      .campaign(String.valueOf(a.campaignId()))
                      .phone(a.phone())
                      .subject("call_attempt", attemptId)
                      .detail("code", d.code)
                      .detail("meaning", d.meaning)
                      .detail("lead", next.status()));
              if (d.meaning == org.blenddialer.core.campaign.DispositionMeaning.DO_NOT_CALL) {
                consent.revoke(
                    new ConsentCommand(
                        a.phone(),
                        String.valueOf(a.leadId()),
                        null,
                        null,
                        null,
                        null,
                        "agent-disposition",
                        "asked not to be called",
                        null,
                        null,
                        user,
                        now,
                        null),
                    true,
                    user);
              }
            });
    return attempts.find(attemptId);
  }

  /** A callback as scheduled. */
  public record Callback(
      long leadId,
      long attemptId,
      Instant dueAt,
      String localTime,
      String timeZone,
      Long agentId) {}

  /**
   * Schedules a callback of the lead of an attempt the agent took, at a local time in the lead's
   * time zone, for anyone ({@code forAgent} null) or for one agent only (the caller or another).
   * Due callbacks come before new leads; an agent-only one is offered to that agent's preview, so
   * it can be scheduled only in a preview campaign (an automatic campaign's calls go to whichever
   * agent is free, and the lead would wait for a preview that never comes).
   */
  public Callback callback(
      long agentId, long attemptId, String localTime, Long forAgent, String user) {
    AttemptStore.AttemptRow a = ownAttempt(agentId, attemptId);
    if (a.endedAt() == null) {
      throw new ConflictProblem("the call is not over yet");
    }
    if (forAgent != null && !offersAgentOnlyCallbacks(a.campaignId())) {
      throw new ConflictProblem(
          "a callback for one agent only needs a preview campaign; this campaign dials"
              + " automatically, so schedule the callback for any agent");
    }
    java.time.LocalDateTime local;
    try {
      local = java.time.LocalDateTime.parse(localTime == null ? "" : localTime);
    } catch (java.time.format.DateTimeParseException e) {
      throw InvalidInputProblem.ofField(
          "localTime", "a local date and time such as 2026-11-24T10:30");
    }
    java.time.ZoneId zone = leads.zoneOf(a.leadId());
    Instant due = local.atZone(zone).toInstant();
    Instant now = clock.instant();
    if (!due.isAfter(now)) {
      throw InvalidInputProblem.ofField(
          "localTime", "must be in the future in the lead's zone " + zone);
    }
    String status = forAgent == null ? "CALLBACK" : "CALLBACK_AGENT";
    if (!leads.setStatus(a.leadId(), attemptId, status, due)) {
      throw new ConflictProblem("the lead has moved on since this attempt");
    }
    leads.addCallback(
        a.leadId(),
        a.campaignId(),
        attemptId,
        due,
        local.toString(),
        zone.getId(),
        forAgent,
        user,
        now);
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                audit.append(
                    AuditEntry.of(user, "lead.callback")
                        .campaign(String.valueOf(a.campaignId()))
                        .phone(a.phone())
                        .subject("lead", a.leadId())
                        .detail("attempt", attemptId)
                        .detail("due", due)
                        .detail("localTime", local + " " + zone.getId())
                        .detail("forAgent", forAgent == null ? "anyone" : forAgent)));
    return new Callback(a.leadId(), attemptId, due, local.toString(), zone.getId(), forAgent);
  }

  /** Whether the campaign can serve a callback for one agent only (it is a preview campaign). */
  public boolean offersAgentOnlyCallbacks(long campaignId) {
    CampaignRun.Definition d = dialer.runOf(campaignId).definition;
    return d != null && d.mode() == DialMode.PREVIEW;
  }

  private AttemptStore.AttemptRow ownAttempt(long agentId, long attemptId) {
    AttemptStore.AttemptRow a = attempts.find(attemptId);
    if (a == null
        || (!Long.valueOf(agentId).equals(a.agentId())
            && !Long.valueOf(agentId).equals(a.previewAgentId()))) {
      throw new NotFoundProblem("Call attempt", attemptId);
    }
    return a;
  }

  private Held heldAttempt(long agentId, long attemptId) {
    Held h = held.get(agentId);
    if (h == null || h.lead().attemptId() != attemptId) {
      throw new NotFoundProblem("Previewed attempt", attemptId);
    }
    return h;
  }

  private Preview view(Held h) {
    Hopper.Claimed l = h.lead();
    Map<String, String> fields = new HashMap<>();
    if (l.customFields() != null && !l.customFields().isBlank()) {
      try {
        fields.putAll(
            json.readValue(l.customFields(), new TypeReference<Map<String, String>>() {}));
      } catch (Exception e) {
        // unreadable custom fields: the script falls back to its defaults
      }
    }
    if (l.name() != null) {
      fields.putIfAbsent("name", l.name());
      fields.putIfAbsent("firstName", l.name().split(" ")[0]);
    }
    fields.put("phone", l.phone());
    CampaignRun.Definition d = h.run().definition;
    return new Preview(
        l.attemptId(),
        h.run().id,
        d.name(),
        l.leadId(),
        l.name(),
        l.phone(),
        l.timeZone(),
        l.attemptNumber(),
        fields,
        new ScriptTemplate(d.script()).render(fields));
  }
}
