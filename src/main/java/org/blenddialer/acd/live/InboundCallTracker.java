package org.blenddialer.acd.live;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.blenddialer.acd.InboundOutcome;
import org.blenddialer.acd.blending.LiveForecast;
import org.blenddialer.acd.blending.LiveServiceLevel;
import org.blenddialer.acd.config.AcdConfig;
import org.blenddialer.acd.persistence.InboundCallRecord;
import org.blenddialer.acd.service.QueueDirectory;
import org.blenddialer.agents.persistence.Agent;
import org.blenddialer.telephony.Pbx;
import org.blenddialer.telephony.PbxEvent;
import org.jboss.logging.Logger;

/**
 * Follows every inbound call from queue entry to hangup and writes its record when it is over:
 * queue, caller, wait, agent, talk, outcome, recording. Calls in flight live here (the supervisors'
 * "waiting now"); finished calls are rows in {@code inbound_call}. Runs on the event pump's thread.
 */
@ApplicationScoped
public class InboundCallTracker {

  private static final Logger LOG = Logger.getLogger(InboundCallTracker.class);

  private final QueueDirectory queues;
  private final LiveForecast forecast;
  private final LiveServiceLevel serviceLevel;
  private final LiveFeed feed;
  private final Pbx pbx;
  private final InstantSource clock;
  private final String recordingPrefix;
  private final Map<String, LiveCall> calls = new LinkedHashMap<>();

  InboundCallTracker(
      QueueDirectory queues,
      LiveForecast forecast,
      LiveServiceLevel serviceLevel,
      LiveFeed feed,
      Pbx pbx,
      InstantSource clock,
      AcdConfig config) {
    this.queues = queues;
    this.forecast = forecast;
    this.serviceLevel = serviceLevel;
    this.feed = feed;
    this.pbx = pbx;
    this.clock = clock;
    this.recordingPrefix = config.recordingPrefix();
  }

  /** A call in flight. */
  static final class LiveCall {
    final String server;
    final String callId;
    final String channel;
    final String queue;
    final String callerNumber;
    final Instant enteredAt;
    Instant answeredAt;
    String agentDevice;
    String recordingRef;

    LiveCall(
        String server,
        String callId,
        String channel,
        String queue,
        String callerNumber,
        Instant enteredAt) {
      this.server = server;
      this.callId = callId;
      this.channel = channel;
      this.queue = queue;
      this.callerNumber = callerNumber;
      this.enteredAt = enteredAt;
    }
  }

  /**
   * A call as supervisors see it live.
   *
   * @param callId the PBX's id of the caller's channel
   * @param queue Asterisk queue
   * @param callerNumber who is calling
   * @param enteredAt when they joined the queue
   * @param answeredAt when an agent answered, null while waiting
   * @param agentDevice the answering agent's phone
   */
  public record CallView(
      String callId,
      String queue,
      String callerNumber,
      Instant enteredAt,
      Instant answeredAt,
      String agentDevice) {}

  /** Applies one PBX event. */
  public synchronized void onEvent(PbxEvent event) {
    if (event instanceof PbxEvent.CallerJoinedQueue e) {
      if (queues.inbound(e.queue()).isEmpty() || e.attemptId().isPresent()) {
        return;
      }
      LiveCall c =
          new LiveCall(e.server(), e.callId(), e.channel(), e.queue(), e.callerNumber(), e.at());
      calls.put(key(e.server(), e.callId()), c);
      forecast.arrival();
      feed.publish(new LiveEvent("call-waiting", null, e.at(), view(c)));
    } else if (event instanceof PbxEvent.AgentConnected e) {
      LiveCall c = calls.get(key(e.server(), e.callId()));
      if (c == null || c.answeredAt != null) {
        return;
      }
      c.answeredAt = e.at();
      c.agentDevice = e.agentInterface();
      forecast.waited(seconds(c.enteredAt, e.at()), false);
      forecast.answered(e.at());
      startRecording(c);
      feed.publish(new LiveEvent("call-answered", null, e.at(), view(c)));
    } else if (event instanceof PbxEvent.CallerAbandoned e) {
      finish(e.server(), e.callId(), e.at(), InboundOutcome.ABANDONED, null);
    } else if (event instanceof PbxEvent.CallerTimedOut e) {
      finish(e.server(), e.callId(), e.at(), InboundOutcome.TIMED_OUT, null);
    } else if (event instanceof PbxEvent.CallCompleted e) {
      finish(
          e.server(),
          e.callId(),
          e.at(),
          "transfer".equalsIgnoreCase(e.endedBy())
              ? InboundOutcome.TRANSFERRED
              : InboundOutcome.ANSWERED,
          e.endedBy());
    } else if (event instanceof PbxEvent.CallHungUp e) {
      LiveCall c = calls.get(key(e.server(), e.callId()));
      if (c != null) {
        finish(
            e.server(),
            e.callId(),
            e.at(),
            c.answeredAt != null ? InboundOutcome.ANSWERED : InboundOutcome.ABANDONED,
            "caller");
      }
    } else if (event instanceof PbxEvent.Resynced e) {
      rebuild(e);
    }
  }

  /** The caller number of a call in flight, or empty. */
  public synchronized String callerNumber(String callId) {
    for (LiveCall c : calls.values()) {
      if (c.callId.equals(callId)) {
        return c.callerNumber;
      }
    }
    return "";
  }

  /** Callers waiting now in inbound queues (all queues). */
  public synchronized int waiting() {
    return (int) calls.values().stream().filter(c -> c.answeredAt == null).count();
  }

  /** Every inbound call in flight. */
  public synchronized List<CallView> inFlight() {
    return calls.values().stream().map(InboundCallTracker::view).toList();
  }

  private void finish(
      String server, String callId, Instant at, InboundOutcome outcome, String endedBy) {
    LiveCall c = calls.remove(key(server, callId));
    if (c == null) {
      return;
    }
    Instant end = at.isBefore(c.enteredAt) ? c.enteredAt : at;
    if (c.answeredAt == null) {
      forecast.waited(seconds(c.enteredAt, end), outcome == InboundOutcome.ABANDONED);
    }
    int wrapUp =
        c.answeredAt == null
            ? 0
            : queues.inbound(c.queue).map(QueueDirectory.QueueInfo::wrapUpSeconds).orElse(0);
    if (c.answeredAt != null) {
      forecast.handled(c.answeredAt, seconds(c.answeredAt, end) + wrapUp);
    }
    // counted before the row is written, so a first-use rebuild from the table cannot count it
    // twice
    serviceLevel.callFinished(c.queue, c.enteredAt, c.answeredAt, end);
    try {
      QuarkusTransaction.requiringNew().run(() -> write(c, end, outcome, endedBy, wrapUp));
    } catch (RuntimeException e) {
      LOG.warnf("inbound call %s could not be recorded: %s", c.callId, e.getMessage());
    }
    feed.publish(
        new LiveEvent(
            "call-ended",
            null,
            end,
            new CallEnded(
                view(c),
                outcome,
                end,
                seconds(c.enteredAt, c.answeredAt == null ? end : c.answeredAt))));
  }

  /**
   * A call that just ended.
   *
   * @param call the call
   * @param outcome how it ended
   * @param endedAt when
   * @param waitSeconds how long the caller waited
   */
  public record CallEnded(
      CallView call, InboundOutcome outcome, Instant endedAt, double waitSeconds) {}

  private static void write(
      LiveCall c, Instant end, InboundOutcome outcome, String endedBy, int wrapUp) {
    InboundCallRecord r = new InboundCallRecord();
    r.callId = c.callId;
    r.pbxServer = c.server;
    r.queue = c.queue;
    r.callerNumber = c.callerNumber == null ? "" : c.callerNumber;
    r.enteredAt = c.enteredAt;
    r.answeredAt = c.answeredAt;
    r.endedAt = end;
    r.waitSeconds = seconds(c.enteredAt, c.answeredAt == null ? end : c.answeredAt);
    r.talkSeconds = c.answeredAt == null ? 0 : seconds(c.answeredAt, end);
    r.wrapUpSeconds = wrapUp;
    r.agentDevice = c.agentDevice;
    if (c.agentDevice != null) {
      Agent agent = Agent.find("device", c.agentDevice).firstResult();
      r.agentId = agent == null ? null : agent.id;
    }
    r.outcome = outcome;
    r.endedBy = endedBy;
    r.recordingRef = c.recordingRef;
    r.persist();
  }

  private void startRecording(LiveCall c) {
    Optional<QueueDirectory.QueueInfo> q = queues.inbound(c.queue);
    if (q.isEmpty() || !q.get().recording()) {
      return;
    }
    String file = recordingPrefix + c.server + "-" + c.callId.replace('.', '-') + ".wav";
    try {
      pbx.startRecording(c.server, c.channel, file);
      c.recordingRef = file;
    } catch (RuntimeException e) {
      LOG.warnf("recording of call %s could not start: %s", c.callId, e.getMessage());
    }
  }

  /**
   * After a (re)connect: calls the PBX no longer has are over; waiting ones we missed are added.
   */
  private void rebuild(PbxEvent.Resynced e) {
    Set<String> alive = new HashSet<>();
    Map<String, PbxEvent.ActiveChannel> byId = new LinkedHashMap<>();
    for (PbxEvent.ActiveChannel ch : e.channels()) {
      alive.add(ch.callId());
      byId.put(ch.callId(), ch);
    }
    for (LiveCall c : new ArrayList<>(calls.values())) {
      if (c.server.equals(e.server()) && !alive.contains(c.callId)) {
        finish(c.server, c.callId, e.at(), InboundOutcome.LOST, null);
      }
    }
    for (PbxEvent.QueueState q : e.queues()) {
      if (queues.inbound(q.queue()).isEmpty()) {
        continue;
      }
      for (String callId : q.waitingCallIds()) {
        if (!calls.containsKey(key(e.server(), callId))) {
          PbxEvent.ActiveChannel ch = byId.get(callId);
          Instant entered = e.at().minus(duration(ch == null ? null : ch.duration()));
          calls.put(
              key(e.server(), callId),
              new LiveCall(
                  e.server(),
                  callId,
                  ch == null ? "" : ch.channel(),
                  q.queue(),
                  ch == null ? "" : ch.callerNumber(),
                  entered));
        }
      }
    }
  }

  private static Duration duration(String hms) {
    if (hms == null || !hms.matches("\\d+:\\d{2}:\\d{2}")) {
      return Duration.ZERO;
    }
    String[] p = hms.split(":");
    return Duration.ofSeconds(
        Long.parseLong(p[0]) * 3600 + Long.parseLong(p[1]) * 60 + Long.parseLong(p[2]));
  }

  private static CallView view(LiveCall c) {
    return new CallView(
        c.callId, c.queue, c.callerNumber, c.enteredAt, c.answeredAt, c.agentDevice);
  }

  private static String key(String server, String callId) {
    return server + "/" + callId;
  }

  private static double seconds(Instant from, Instant to) {
    return Math.max(0, Duration.between(from, to).toNanos() / 1e9);
  }

  /** Now, for callers that need the same clock. */
  Instant now() {
    return clock.instant();
  }
}
