package org.blenddialer.acd.blending;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.blenddialer.acd.config.AcdConfig;
import org.blenddialer.acd.live.InboundCallTracker;
import org.blenddialer.acd.service.QueueDirectory;
import org.blenddialer.agents.live.AgentSessions;
import org.blenddialer.core.blending.BlendingSnapshot;
import org.blenddialer.core.blending.DynamicReserve;
import org.blenddialer.core.blending.NoBlending;
import org.blenddialer.core.blending.ServiceLevelSoFar;
import org.blenddialer.core.blending.ServiceLevelTarget;
import org.blenddialer.core.engine.CampaignState;
import org.blenddialer.core.engine.DialerCommand;
import org.blenddialer.core.engine.DialerEngine;
import org.blenddialer.core.engine.DialerSnapshot;
import org.blenddialer.core.estimate.InboundForecast;

/**
 * Runs the core blending policy on the live centre: the inbound forecast learned from our calls,
 * callers waiting now and the logged-in agents go into the core {@link DialerEngine}; its mode
 * switches become paused/unpaused queue memberships ({@link AgentSessions#blend}), each recorded
 * with its reason. Waiting callers always win: the engine never reserves fewer agents than callers
 * waiting, and moves agents back at once for them, whatever the minimum time in a mode.
 */
@ApplicationScoped
public class BlendingController {

  private final AcdConfig.Blending config;
  private final AgentSessions sessions;
  private final InboundCallTracker calls;
  private final LiveForecast forecast;
  private final LiveServiceLevel serviceLevel;
  private final QueueDirectory queues;
  private final InstantSource clock;
  private final Instance<OutboundDialing> outbound;
  private ServiceLevelTarget target;
  private DynamicReserve policy;

  BlendingController(
      AcdConfig config,
      AgentSessions sessions,
      InboundCallTracker calls,
      LiveForecast forecast,
      LiveServiceLevel serviceLevel,
      QueueDirectory queues,
      InstantSource clock,
      Instance<OutboundDialing> outbound) {
    this.config = config.blending();
    this.sessions = sessions;
    this.calls = calls;
    this.forecast = forecast;
    this.serviceLevel = serviceLevel;
    this.queues = queues;
    this.clock = clock;
    this.outbound = outbound;
  }

  /**
   * One decision, applied: blending's mode switches (returned) and, in the same engine run, the
   * pacing of every campaign that may dial, whose launches go to the dialer.
   */
  public synchronized List<AgentSessions.ModeChange> rebalance(String trigger) {
    OutboundDialing dialer = outbound.isResolvable() ? outbound.get() : null;
    if (!config.enabled() && dialer == null) {
      return List.of();
    }
    ServiceLevelTarget wanted = strictestTarget();
    if (!wanted.equals(target)) {
      target = wanted;
      policy =
          new DynamicReserve(
              target,
              config.extraAgents(),
              DynamicReserve.Model.POOLED,
              config.liveAnswersFirstWhileOnTarget());
    }
    InboundForecast f = forecast.forecast();
    int waiting = calls.waiting();
    ServiceLevelSoFar slToday = serviceLevel.soFar();
    double now = clock.millis() / 1000.0;
    List<CampaignState> campaigns = dialer == null ? List.of() : dialer.campaigns(now);
    // Engines are cheap; the stateful pacing policies live in the dialer, so one per decision.
    DialerEngine engine =
        new DialerEngine(
            config.enabled() ? policy : new NoBlending(),
            config.minTimeInMode().toMillis() / 1000.0,
            campaigns.isEmpty() ? Map.of() : dialer.pacing());
    List<DialerCommand> launches = new ArrayList<>();
    List<AgentSessions.ModeChange> switched =
        sessions.blend(
            agents -> {
              List<DialerCommand> commands =
                  engine.decide(new DialerSnapshot(now, agents, waiting, f, campaigns, slToday));
              List<AgentSessions.ModeChange> changes = new ArrayList<>();
              for (DialerCommand c : commands) {
                if (c instanceof DialerCommand.SwitchMode s) {
                  changes.add(
                      new AgentSessions.ModeChange(
                          Long.parseLong(s.agentId()),
                          null,
                          s.mode(),
                          s.why() == DialerCommand.SwitchMode.Why.RESERVE
                              ? why(trigger, f, waiting, slToday, now, agents)
                              : order(trigger, s.why(), slToday)));
                } else {
                  launches.add(c);
                }
              }
              return changes;
            });
    if (dialer != null && !launches.isEmpty()) {
      dialer.carryOut(launches);
    }
    return switched;
  }

  private String why(
      String trigger,
      InboundForecast f,
      int waiting,
      ServiceLevelSoFar slToday,
      double now,
      List<? extends org.blenddialer.core.agent.AgentView> agents) {
    int reserve =
        Math.max(
            waiting, policy.inboundReserve(new BlendingSnapshot(now, agents, waiting, f, slToday)));
    return String.format(
        Locale.ROOT,
        "%s: inbound forecast %.2f Erl (%.1f calls/h, AHT %.0f s), SL target %.0f/%.0f"
            + " needs %d, SL today %s, %d waiting, reserving %d",
        trigger,
        f.offeredLoad(),
        f.arrivalRate() * 3600,
        f.handleTime(),
        target.share() * 100,
        target.acceptableWait(),
        policy.agentsNeeded(f) + config.extraAgents(),
        slToday.counted() == 0
            ? "none yet"
            : String.format(Locale.ROOT, "%.1f%% of %d", slToday.share() * 100, slToday.counted()),
        waiting,
        reserve);
  }

  /** Why an agent on a call was set to take live answers or waiting callers first. */
  private String order(String trigger, DialerCommand.SwitchMode.Why why, ServiceLevelSoFar sl) {
    String today =
        sl.counted() == 0
            ? "no inbound call counted yet"
            : String.format(Locale.ROOT, "SL today %.1f%% of %d", sl.share() * 100, sl.counted());
    return String.format(
        Locale.ROOT,
        "%s: %s, target %.0f/%.0f: %s",
        trigger,
        today,
        target.share() * 100,
        target.acceptableWait(),
        why == DialerCommand.SwitchMode.Why.LIVE_ANSWERS_FIRST
            ? "on target, so live answers first when this call ends"
            : "below target, so waiting callers first when this call ends");
  }

  /** The strictest service-level target among active inbound queues (80/20 when none). */
  private ServiceLevelTarget strictestTarget() {
    double share = 0;
    double seconds = Double.MAX_VALUE;
    for (QueueDirectory.QueueInfo q : queues.inboundQueues().values()) {
      if (q.active()) {
        share = Math.max(share, q.serviceLevelPercent() / 100.0);
        seconds = Math.min(seconds, q.serviceLevelSeconds());
      }
    }
    if (share <= 0) {
      return new ServiceLevelTarget(0.8, 20);
    }
    return new ServiceLevelTarget(Math.min(share, 0.99), seconds);
  }
}
