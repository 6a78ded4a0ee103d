package org.blenddialer.acd.live;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.blenddialer.acd.kpi.InboundKpiService;
import org.blenddialer.acd.kpi.KpiFigures;
import org.blenddialer.acd.service.QueueDirectory;
import org.blenddialer.agents.live.AgentSessions;
import org.blenddialer.agents.live.AgentStatus;
import org.blenddialer.core.agent.AgentMode;
import org.blenddialer.core.agent.AgentState;

/** The supervisors' live view of each inbound queue: callers waiting, today's and now's KPIs. */
@ApplicationScoped
public class SupervisorBoard {

  private final QueueDirectory queues;
  private final InboundCallTracker calls;
  private final AgentSessions agents;
  private final InboundKpiService kpis;
  private final InstantSource clock;

  SupervisorBoard(
      QueueDirectory queues,
      InboundCallTracker calls,
      AgentSessions agents,
      InboundKpiService kpis,
      InstantSource clock) {
    this.queues = queues;
    this.calls = calls;
    this.agents = agents;
    this.kpis = kpis;
    this.clock = clock;
  }

  /**
   * One queue, live.
   *
   * @param queue Asterisk queue name
   * @param name the queue's display name
   * @param waiting callers waiting now
   * @param longestWaitSeconds how long the longest-waiting caller has waited
   * @param today KPIs since midnight UTC
   * @param current15 KPIs of the current 15-minute interval
   * @param current30 KPIs of the current 30-minute interval
   * @param agentsByState logged-in members of the queue by state
   * @param agentsByMode logged-in members of the queue by blending mode
   */
  public record QueueLive(
      String queue,
      String name,
      int waiting,
      double longestWaitSeconds,
      KpiFigures today,
      KpiFigures current15,
      KpiFigures current30,
      Map<AgentState, Integer> agentsByState,
      Map<AgentMode, Integer> agentsByMode) {}

  /** Every inbound queue, live. */
  public List<QueueLive> queues() {
    Instant now = clock.instant();
    Instant end = now.plusMillis(1);
    Instant midnight = now.truncatedTo(ChronoUnit.DAYS);
    Map<String, KpiFigures> today = kpis.byQueue(midnight, end);
    Map<String, KpiFigures> q15 = kpis.byQueue(floor(now, Duration.ofMinutes(15)), end);
    Map<String, KpiFigures> q30 = kpis.byQueue(floor(now, Duration.ofMinutes(30)), end);
    List<InboundCallTracker.CallView> inFlight = calls.inFlight();
    List<AgentStatus> loggedIn = agents.loggedIn();
    List<QueueLive> out = new ArrayList<>();
    for (QueueDirectory.QueueInfo q : queues.inboundQueues().values()) {
      int waiting = 0;
      double longest = 0;
      for (InboundCallTracker.CallView c : inFlight) {
        if (c.queue().equals(q.asteriskQueue()) && c.answeredAt() == null) {
          waiting++;
          longest = Math.max(longest, Duration.between(c.enteredAt(), now).toMillis() / 1000.0);
        }
      }
      Map<AgentState, Integer> byState = new EnumMap<>(AgentState.class);
      Map<AgentMode, Integer> byMode = new EnumMap<>(AgentMode.class);
      for (AgentStatus a : loggedIn) {
        if (a.queues().stream().anyMatch(m -> m.queue().equals(q.asteriskQueue()))) {
          byState.merge(a.state(), 1, Integer::sum);
          byMode.merge(a.mode(), 1, Integer::sum);
        }
      }
      out.add(
          new QueueLive(
              q.asteriskQueue(),
              q.name(),
              waiting,
              longest,
              today.get(q.asteriskQueue()),
              q15.get(q.asteriskQueue()),
              q30.get(q.asteriskQueue()),
              byState,
              byMode));
    }
    out.sort((a, b) -> a.queue().compareTo(b.queue()));
    return out;
  }

  private static Instant floor(Instant t, Duration interval) {
    long ms = interval.toMillis();
    return Instant.ofEpochMilli(Math.floorDiv(t.toEpochMilli(), ms) * ms);
  }
}
