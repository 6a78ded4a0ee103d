package org.blenddialer.dialer.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.blenddialer.acd.live.LiveAcd;
import org.blenddialer.agents.live.AgentSessions;
import org.blenddialer.agents.live.AgentStatus;
import org.blenddialer.core.campaign.AmdHandling;
import org.blenddialer.core.campaign.AttemptOutcome;
import org.blenddialer.core.campaign.LeadAttempts;
import org.blenddialer.core.campaign.LeadNext;
import org.blenddialer.dialer.config.DialingConfig;
import org.blenddialer.dialer.persistence.AttemptStore;
import org.blenddialer.dialer.persistence.LeadBook;
import org.blenddialer.telephony.AmdVerdict;
import org.blenddialer.telephony.OriginateResult;
import org.blenddialer.telephony.Pbx;
import org.blenddialer.telephony.PbxEvent;
import org.jboss.logging.Logger;

/**
 * Follows the PBX's events for dialer calls (on the dialer thread): fills in each attempt's times
 * and verdicts once, closes it with its outcome, moves its lead on under the campaign's retry
 * rules, feeds the campaign's estimates and drop budget, and after a (re)connect closes attempts
 * the PBX no longer knows (crash recovery).
 */
@ApplicationScoped
public class AttemptFollower {

  private static final Logger LOG = Logger.getLogger(AttemptFollower.class);

  private final DialingConfig config;
  private final AttemptStore attempts;
  private final LeadBook leads;
  private final Pbx pbx;
  private final AgentSessions sessions;
  private final LiveAcd acd;
  private final InstantSource clock;
  private final Map<Long, LiveAttempt> byId = new HashMap<>();
  private final Map<String, LiveAttempt> byCall = new HashMap<>();
  private LongFunction<CampaignRun> runs;

  AttemptFollower(
      DialingConfig config,
      AttemptStore attempts,
      LeadBook leads,
      Pbx pbx,
      AgentSessions sessions,
      LiveAcd acd,
      InstantSource clock) {
    this.config = config;
    this.attempts = attempts;
    this.leads = leads;
    this.pbx = pbx;
    this.sessions = sessions;
    this.acd = acd;
    this.clock = clock;
  }

  void attach(LongFunction<CampaignRun> runs) {
    this.runs = runs;
  }

  /** Starts following a dial placed by this process (dialer thread only). */
  void track(LiveAttempt a) {
    a.run.inFlight.put(a.attemptId, a);
    byId.put(a.attemptId, a);
  }

  /** Stops following a dial that never went out. */
  void untrack(LiveAttempt a) {
    forget(a);
  }

  /** Applies one event (dialer thread only). */
  void onEvent(PbxEvent event) {
    if (event instanceof PbxEvent.OriginateOutcome e) {
      LiveAttempt a = live(Optional.of(e.attemptId()));
      if (a == null) {
        return;
      }
      if (e.result() == OriginateResult.ANSWERED) {
        a.phase = LiveAttempt.Phase.ANSWERED;
        a.callId = e.callId().orElse(null);
        a.channel = e.channel();
        if (a.callId != null) {
          byCall.put(a.callId, a);
        }
        attempts.markAnswered(a.attemptId, e.at(), a.callId, a.channel);
      } else {
        a.run.estimator.recordOutcome(false, secondsSince(a, e.at()));
        finish(a, outcomeOf(e.result()), e.at());
      }
    } else if (event instanceof PbxEvent.MachineVerdict e) {
      LiveAttempt a = live(e.attemptId());
      if (a == null) {
        return;
      }
      attempts.markAmd(a.attemptId, e.verdict().name());
      if (e.verdict() == AmdVerdict.MACHINE) {
        a.machine = true;
        a.run.estimator.recordOutcome(false, secondsSince(a, e.at()));
        handleMachine(a, e.server());
      } else if (e.verdict() != AmdVerdict.HANGUP) {
        a.human = true;
        a.run.estimator.recordOutcome(true, secondsSince(a, e.at()));
      }
    } else if (event instanceof PbxEvent.CallerJoinedQueue e) {
      LiveAttempt a = live(e.attemptId());
      if (a != null) {
        a.human = true;
        a.phase = LiveAttempt.Phase.QUEUED;
      }
    } else if (event instanceof PbxEvent.AgentConnected e) {
      LiveAttempt a = live(e.attemptId());
      if (a == null) {
        a = byCall.get(e.callId());
      }
      if (a != null) {
        a.phase = LiveAttempt.Phase.CONNECTED;
        a.run.dropBudget = a.run.dropBudget.withAnswer(false);
        attempts.markConnected(
            a.attemptId, e.at(), agentOf(e.agentInterface()), e.agentInterface());
      }
    } else if (event instanceof PbxEvent.CallerTimedOut e) {
      LiveAttempt a = live(e.attemptId());
      if (a == null) {
        a = byCall.get(e.callId());
      }
      if (a != null && !a.dropped) {
        a.dropped = true;
        a.run.dropBudget = a.run.dropBudget.withAnswer(true);
        attempts.markDropped(a.attemptId);
        // The dialplan plays the safe-harbor message itself (asterisk-config, the simulator).
        finish(a, AttemptOutcome.ABANDONED, e.at());
      }
    } else if (event instanceof PbxEvent.CallCompleted e) {
      LiveAttempt a = byCall.get(e.callId());
      if (a != null) {
        a.talkSeconds = (int) e.talkSeconds();
        // On the pacing clock (BlendingController's now), so the calls still running count too.
        a.run.estimator.recordHandleTime(
            Math.max(1, e.talkSeconds()), e.at().toEpochMilli() / 1000.0);
        finish(a, AttemptOutcome.CONNECTED, e.at());
      }
    } else if (event instanceof PbxEvent.CallHungUp e) {
      LiveAttempt a = live(e.attemptId());
      if (a == null) {
        a = byCall.get(e.callId());
      }
      // Before the answer, the OriginateOutcome that follows says how the dial ended.
      if (a != null && a.phase != LiveAttempt.Phase.RINGING) {
        finish(a, endOfAnswered(a), e.at());
      }
    } else if (event instanceof PbxEvent.Resynced e) {
      recover(e);
    }
  }

  private static AttemptOutcome endOfAnswered(LiveAttempt a) {
    if (a.phase == LiveAttempt.Phase.CONNECTED) {
      return AttemptOutcome.CONNECTED;
    }
    if (a.machine) {
      return AttemptOutcome.MACHINE;
    }
    // A person who answered and hung up before an agent came is an abandoned call (not dropped
    // by us unless the wait limit passed); a hang-up during detection is like no answer.
    return a.human || a.dropped ? AttemptOutcome.ABANDONED : AttemptOutcome.NO_ANSWER;
  }

  private void handleMachine(LiveAttempt a, String server) {
    AmdHandling how = a.run.definition.amd();
    try {
      if (how == AmdHandling.HANG_UP && a.channel != null) {
        pbx.hangup(server, a.channel);
      } else if (how == AmdHandling.LEAVE_MESSAGE && a.channel != null) {
        pbx.playMessage(server, a.channel, config.machineMessage());
      }
      // PASS_TO_AGENT: the dialplan sends the call to the campaign queue like a person.
    } catch (RuntimeException e) {
      LOG.debugf("machine handling of attempt %d: %s", a.attemptId, e.getMessage());
    }
  }

  /** Closes an attempt once and moves its lead on. */
  void finish(LiveAttempt a, AttemptOutcome outcome, Instant at) {
    forget(a);
    if (attempts.close(a.attemptId, at, outcome.name(), null, a.talkSeconds)) {
      moveLeadOn(a.run, a.leadId, a.attemptId, outcome, at);
    }
    acd.rebalance("dial ended");
  }

  /** The retry rules' verdict written to the lead (outcome null: unknown). */
  void moveLeadOn(
      CampaignRun run, long leadId, long attemptId, AttemptOutcome outcome, Instant at) {
    LeadBook.LeadCounts lead = leads.counts(leadId);
    if (lead == null) {
      return;
    }
    LeadAttempts counts = LeadBook.afterAttempt(lead, leads.outcomes(leadId), at);
    LeadNext next = LeadNext.afterAttempt(run.definition.retry(), outcome, counts, at, lead.zone());
    leads.afterAttempt(
        leadId,
        attemptId,
        counts,
        next,
        outcome == null ? AttemptStore.UNKNOWN : outcome.name(),
        at,
        lead.zone());
  }

  private void forget(LiveAttempt a) {
    a.run.inFlight.remove(a.attemptId);
    byId.remove(a.attemptId);
    if (a.callId != null) {
      byCall.remove(a.callId);
    }
  }

  private LiveAttempt live(Optional<String> attemptId) {
    if (attemptId.isEmpty()) {
      return null;
    }
    long id;
    try {
      id = Long.parseLong(attemptId.get());
    } catch (NumberFormatException e) {
      return null;
    }
    LiveAttempt a = byId.get(id);
    if (a != null) {
      return a;
    }
    AttemptStore.AttemptRow row = attempts.find(id);
    if (row == null || row.endedAt() != null) {
      return null;
    }
    a = runs.apply(row.campaignId()).inFlight.get(id);
    if (a != null) {
      byId.put(id, a);
    }
    return a;
  }

  /**
   * After a (re)connect: open attempts of that server the PBX still has a channel for are followed
   * again; those it does not know are closed UNKNOWN and their leads released under the retry rules
   * (as a FAILED attempt). Attempts being dialed right now are left alone.
   */
  void recover(PbxEvent.Resynced e) {
    Map<String, String> liveCalls = new HashMap<>();
    e.attemptIds().forEach((callId, attempt) -> liveCalls.put(attempt, callId));
    Instant now = clock.instant();
    for (AttemptStore.AttemptRow row : attempts.open()) {
      try {
        recover(row, e.server(), liveCalls, now);
      } catch (RuntimeException failure) {
        LOG.warnf("attempt %d could not be recovered: %s", row.id(), failure.getMessage());
      }
    }
  }

  private void recover(
      AttemptStore.AttemptRow row, String server, Map<String, String> liveCalls, Instant now) {
    if (!row.server().equals(server) || row.dialedAt() == null) {
      if (row.dialedAt() == null && row.server().equals(server)) {
        releaseUndialed(row, now);
      }
      return;
    }
    CampaignRun run = runs.apply(row.campaignId());
    LiveAttempt known = run.inFlight.get(row.id());
    String callId = liveCalls.get(String.valueOf(row.id()));
    if (callId != null) {
      if (known == null) {
        LiveAttempt a =
            new LiveAttempt(row.id(), row.leadId(), run, row.dialedAt().toEpochMilli() / 1000.0);
        a.phase =
            row.connectedAt() != null ? LiveAttempt.Phase.CONNECTED : LiveAttempt.Phase.ANSWERED;
        a.callId = callId;
        a.channel = row.channel();
        a.machine = "MACHINE".equals(row.amdVerdict());
        run.inFlight.put(row.id(), a);
        byId.put(row.id(), a);
        byCall.put(callId, a);
      }
      return;
    }
    if (known != null && known.phase == LiveAttempt.Phase.RINGING) {
      return; // dialed by this process and still ringing: its outcome will come
    }
    if (known != null) {
      forget(known);
    }
    if (attempts.close(row.id(), now, AttemptStore.UNKNOWN, null, null)) {
      LOG.infof("attempt %d was left open and the PBX does not know it: closed UNKNOWN", row.id());
      moveLeadOn(run, row.leadId(), row.id(), null, now);
    }
  }

  private void releaseUndialed(AttemptStore.AttemptRow row, Instant now) {
    CampaignRun run = runs.apply(row.campaignId());
    if (run.inFlight.containsKey(row.id()) || row.dialMode().equals("PREVIEW")) {
      return;
    }
    if (attempts.close(row.id(), now, AttemptStore.NOT_DIALED, null, null)) {
      leads.notDialed(
          row.leadId(),
          row.id(),
          new LeadNext(org.blenddialer.core.leads.LeadStatus.READY, now, "claimed, not dialed"),
          "claimed, not dialed");
    }
  }

  private Long agentOf(String agentInterface) {
    for (AgentStatus s : sessions.loggedIn()) {
      if (agentInterface != null && agentInterface.equals(s.device())) {
        return s.agentId();
      }
    }
    return null;
  }

  private static double secondsSince(LiveAttempt a, Instant at) {
    return Math.max(0.1, at.toEpochMilli() / 1000.0 - a.dialedAt);
  }

  private static AttemptOutcome outcomeOf(OriginateResult r) {
    return switch (r) {
      case BUSY -> AttemptOutcome.BUSY;
      case NO_ANSWER -> AttemptOutcome.NO_ANSWER;
      case CONGESTION -> AttemptOutcome.CONGESTION;
      default -> AttemptOutcome.FAILED;
    };
  }
}
