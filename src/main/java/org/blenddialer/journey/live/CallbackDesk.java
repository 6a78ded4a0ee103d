package org.blenddialer.journey.live;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.blenddialer.acd.blending.LiveForecast;
import org.blenddialer.acd.live.InboundCallTracker;
import org.blenddialer.agents.live.AgentSessions;
import org.blenddialer.agents.live.AgentStatus;
import org.blenddialer.core.agent.AgentState;
import org.blenddialer.core.callback.CallbackPolicy;
import org.blenddialer.core.ivr.DialplanWriter;
import org.blenddialer.journey.config.JourneyConfig;
import org.blenddialer.journey.persistence.CallbackRequestRecord;
import org.blenddialer.journey.service.CallbackPolicies;
import org.blenddialer.telephony.OriginateRequest;
import org.blenddialer.telephony.OriginateResult;
import org.blenddialer.telephony.Pbx;
import org.blenddialer.telephony.PbxEvent;
import org.jboss.logging.Logger;

/**
 * Callbacks instead of waiting: offers a callback to callers whose estimated wait passes their
 * queue's threshold, keeps each accepted request's place in line, and when its turn comes reserves
 * an idle agent of the queue (paused with reason CALLBACK), calls the caller back and has the PBX
 * ring that agent; failed callbacks are retried under the queue's rules. Runs on its own thread.
 */
@ApplicationScoped
public class CallbackDesk {

  /** Attempt ids of callbacks start with this; the rest is the request's id. */
  public static final String ATTEMPT_PREFIX = "callback-";

  static final String PAUSE_REASON = "CALLBACK";

  private static final Logger LOG = Logger.getLogger(CallbackDesk.class);

  private final Pbx pbx;
  private final InboundCallTracker calls;
  private final AgentSessions sessions;
  private final LiveForecast forecast;
  private final CallbackPolicies policies;
  private final InstantSource clock;
  private final JourneyConfig.Callback config;
  private final Map<String, Instant> placeInLine = new HashMap<>();
  private final Set<String> offered = new HashSet<>();
  private ScheduledExecutorService thread;
  private Pbx.Subscription subscription;

  CallbackDesk(
      Pbx pbx,
      InboundCallTracker calls,
      AgentSessions sessions,
      LiveForecast forecast,
      CallbackPolicies policies,
      InstantSource clock,
      JourneyConfig config) {
    this.pbx = pbx;
    this.calls = calls;
    this.sessions = sessions;
    this.forecast = forecast;
    this.policies = policies;
    this.clock = clock;
    this.config = config.callback();
  }

  void start(@Observes @Priority(3700) StartupEvent event) {
    thread =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "callbacks");
              t.setDaemon(true);
              return t;
            });
    subscription = pbx.subscribe(e -> thread.execute(() -> safely(() -> apply(e))));
    long every = Math.max(100, config.tick().toMillis());
    thread.scheduleWithFixedDelay(
        () -> safely(this::dispatch), every, every, TimeUnit.MILLISECONDS);
  }

  void stop(@Observes ShutdownEvent event) {
    if (subscription != null) {
      subscription.close();
    }
    if (thread != null) {
      thread.shutdownNow();
    }
  }

  private void safely(Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      LOG.warn("callback step failed", e);
    }
  }

  private void apply(PbxEvent event) {
    if (event instanceof PbxEvent.CallerJoinedQueue j && j.attemptId().isEmpty()) {
      joined(j);
    } else if (event instanceof PbxEvent.CallbackRequested r) {
      requested(r);
    } else if (event instanceof PbxEvent.OriginateOutcome o && isCallback(o.attemptId())) {
      outcome(id(o.attemptId()), o);
    } else if (event instanceof PbxEvent.CallHungUp h) {
      String key = key(h.server(), h.callId());
      placeInLine.remove(key);
      offered.remove(key);
      h.attemptId().filter(CallbackDesk::isCallback).ifPresent(a -> hungUp(id(a), h));
    }
  }

  private void joined(PbxEvent.CallerJoinedQueue j) {
    String key = key(j.server(), j.callId());
    placeInLine.putIfAbsent(key, j.at());
    CallbackPolicy policy = policies.enabledFor(j.queue());
    if (policy == null || offered.contains(key)) {
      return;
    }
    double wait =
        CallbackPolicy.estimatedWaitSeconds(
            j.position(), forecast.forecast().handleTime(), agentsServing(j.queue()));
    if (!policy.offersCallback(wait)) {
      return;
    }
    offered.add(key);
    LOG.debugf(
        "offering a callback to %s in %s (estimated wait %.0f s)", j.callId(), j.queue(), wait);
    pbx.redirect(j.server(), j.channel(), DialplanWriter.CALLBACK_OFFER_CONTEXT, j.queue());
  }

  private int agentsServing(String queue) {
    int n = 0;
    for (AgentStatus a : sessions.loggedIn()) {
      if (a.queues().stream().anyMatch(m -> m.queue().equals(queue) && !m.paused())) {
        n++;
      }
    }
    return n;
  }

  private void requested(PbxEvent.CallbackRequested r) {
    Instant place = placeInLine.getOrDefault(key(r.server(), r.callId()), r.at());
    String number = r.number().replaceAll("[^0-9+]", "");
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              if (CallbackRequestRecord.find(
                          "pbxServer = ?1 and callId = ?2", r.server(), r.callId())
                      .count()
                  > 0) {
                return;
              }
              CallbackRequestRecord c = new CallbackRequestRecord();
              c.pbxServer = r.server();
              c.callId = r.callId();
              c.queue = r.queue();
              c.number = number.isEmpty() ? r.number() : number;
              c.placeInLine = place;
              c.requestedAt = r.at();
              c.attempts = 0;
              c.nextAttemptAt = r.at();
              c.status = number.matches("\\+?[0-9]{2,20}") ? "WAITING" : "FAILED";
              c.lastOutcome = c.status.equals("FAILED") ? "not a dialable number" : null;
              c.updatedAt = clock.instant();
              c.persist();
            });
  }

  /**
   * One pass: every queue's first waiting callback whose turn has come gets an agent and a call.
   */
  void dispatch() {
    Instant now = clock.instant();
    List<CallbackRequestRecord> due =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    CallbackRequestRecord.<CallbackRequestRecord>list(
                        "status = 'WAITING' and nextAttemptAt <= ?1 order by placeInLine", now));
    Set<String> queuesDone = new HashSet<>();
    for (CallbackRequestRecord c : due) {
      if (!queuesDone.add(c.queue)) {
        continue; // an earlier callback of the same queue goes first
      }
      CallbackPolicy policy = policies.enabledFor(c.queue);
      if (policy != null && !policy.inWindow(now)) {
        continue;
      }
      List<Instant> waiting =
          calls.inFlight().stream()
              .filter(v -> v.queue().equals(c.queue) && v.answeredAt() == null)
              .map(InboundCallTracker.CallView::enteredAt)
              .toList();
      if (!CallbackPolicy.isTurn(c.placeInLine, waiting)) {
        continue;
      }
      Optional<AgentStatus> agent = idleAgent(c.queue);
      if (agent.isEmpty() || !pbx.isReady(c.pbxServer)) {
        continue;
      }
      call(c, agent.get());
    }
  }

  private Optional<AgentStatus> idleAgent(String queue) {
    return sessions.loggedIn().stream()
        .filter(a -> a.state() == AgentState.IDLE)
        .filter(a -> a.queues().stream().anyMatch(m -> m.queue().equals(queue) && !m.paused()))
        .findFirst();
  }

  private void call(CallbackRequestRecord c, AgentStatus agent) {
    try {
      // The agent is reserved before the caller's phone rings: the caller never waits for one.
      sessions.pause(agent.agentId(), PAUSE_REASON, "callback " + c.id);
    } catch (RuntimeException e) {
      LOG.debugf("agent %d not reserved: %s", agent.agentId(), e.getMessage());
      return;
    }
    update(
        c.id,
        r -> {
          r.status = "CALLING";
          r.attempts++;
          r.agentId = agent.agentId();
          r.agentDevice = agent.device();
        });
    try {
      pbx.originateInto(
          new OriginateRequest(
              c.pbxServer,
              ATTEMPT_PREFIX + c.id,
              c.number,
              config.trunk(),
              c.queue,
              config.callerId().orElse(""),
              config.ringTimeout(),
              Map.of(DialplanWriter.CALLBACK_AGENT, agent.device())),
          DialplanWriter.CALLBACK_CONNECT_CONTEXT,
          "s");
    } catch (RuntimeException e) {
      failed(c.id, "originate refused: " + e.getMessage());
    }
  }

  private void outcome(long id, PbxEvent.OriginateOutcome o) {
    if (o.result() == OriginateResult.ANSWERED) {
      update(
          id,
          r -> {
            r.status = "CONNECTED";
            r.callbackCallId = o.callId().orElse(null);
            r.lastOutcome = "ANSWERED";
          });
    } else {
      failed(id, o.result().name());
    }
  }

  private void hungUp(long id, PbxEvent.CallHungUp h) {
    CallbackRequestRecord r = find(id);
    if (r != null && r.status.equals("CONNECTED") && h.callId().equals(r.callbackCallId)) {
      update(id, x -> x.status = "DONE");
      release(r.agentId);
    }
  }

  private void failed(long id, String why) {
    CallbackRequestRecord before = find(id);
    if (before == null || !before.status.equals("CALLING")) {
      return;
    }
    CallbackPolicy policy = policies.enabledFor(before.queue);
    Instant now = clock.instant();
    Optional<Instant> next =
        policy == null ? Optional.empty() : policy.nextAttempt(before.attempts, now);
    update(
        id,
        r -> {
          r.lastOutcome = why;
          r.status = next.isPresent() ? "WAITING" : "FAILED";
          r.nextAttemptAt = next.orElse(r.nextAttemptAt);
        });
    release(before.agentId);
  }

  private void release(Long agentId) {
    if (agentId == null) {
      return;
    }
    try {
      sessions.unpause(agentId, "callback over");
    } catch (RuntimeException e) {
      // a supervisor or the agent changed the state meanwhile: leave it as they set it
      LOG.debugf("agent %d not unpaused after callback: %s", agentId, e.getMessage());
    }
  }

  private CallbackRequestRecord find(long id) {
    return QuarkusTransaction.requiringNew().call(() -> CallbackRequestRecord.findById(id));
  }

  private void update(long id, java.util.function.Consumer<CallbackRequestRecord> change) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              CallbackRequestRecord r = CallbackRequestRecord.findById(id);
              if (r != null) {
                change.accept(r);
                r.updatedAt = clock.instant();
              }
            });
  }

  static boolean isCallback(String attemptId) {
    return attemptId != null
        && attemptId.startsWith(ATTEMPT_PREFIX)
        && attemptId.substring(ATTEMPT_PREFIX.length()).chars().allMatch(Character::isDigit)
        && attemptId.length() > ATTEMPT_PREFIX.length();
  }

  private static long id(String attemptId) {
    return Long.parseLong(attemptId.substring(ATTEMPT_PREFIX.length()));
  }

  private static String key(String server, String callId) {
    return server + "/" + callId;
  }
}
