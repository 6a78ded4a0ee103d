package org.blenddialer.acd.live;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.blenddialer.acd.blending.BlendingController;
import org.blenddialer.agents.live.AgentCallFollower;
import org.blenddialer.telephony.Pbx;
import org.blenddialer.telephony.PbxEvent;
import org.jboss.logging.Logger;

/**
 * The live ACD's one thread: PBX events are handed here from the adapter (whose listeners must
 * return at once) and applied in order to call tracking, agent state, screen pops and blending; the
 * scheduler's tick runs on the same thread, so nothing here needs to guard against itself.
 */
@ApplicationScoped
public class LiveAcd {

  private static final Logger LOG = Logger.getLogger(LiveAcd.class);

  private final Pbx pbx;
  private final InboundCallTracker calls;
  private final AgentCallFollower agents;
  private final BlendingController blending;
  private final ScreenPop screenPop;
  private ExecutorService thread;
  private Pbx.Subscription subscription;

  LiveAcd(
      Pbx pbx,
      InboundCallTracker calls,
      AgentCallFollower agents,
      BlendingController blending,
      ScreenPop screenPop) {
    this.pbx = pbx;
    this.calls = calls;
    this.agents = agents;
    this.blending = blending;
    this.screenPop = screenPop;
  }

  void start(@Observes @Priority(3500) StartupEvent event) {
    thread =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "acd-live");
              t.setDaemon(true);
              return t;
            });
    subscription = pbx.subscribe(e -> submit(() -> apply(e)));
  }

  void stop(@Observes ShutdownEvent event) {
    if (subscription != null) {
      subscription.close();
    }
    if (thread != null) {
      thread.shutdownNow();
    }
  }

  /** One tick: wrap-ups that are due, PBX reconciliation, and a blending decision. */
  public void tick() {
    submit(
        () -> {
          agents.tick();
          blending.rebalance("tick");
        });
  }

  /** Asks for a decision now, on the live thread (the dialer asks when one of its dials ends). */
  public void rebalance(String trigger) {
    submit(() -> blending.rebalance(trigger));
  }

  private void apply(PbxEvent event) {
    calls.onEvent(event);
    Long offeredTo = agents.onEvent(event, calls::callerNumber);
    if (offeredTo != null && event instanceof PbxEvent.AgentRang rang) {
      screenPop.show(offeredTo, rang.callId(), rang.queue(), calls.callerNumber(rang.callId()));
    }
    if (event instanceof PbxEvent.CallerJoinedQueue e) {
      blending.rebalance("caller joined " + e.queue());
    } else if (event instanceof PbxEvent.CallerAbandoned e) {
      blending.rebalance("caller left " + e.queue());
    } else if (event instanceof PbxEvent.CallCompleted e) {
      blending.rebalance("agent freed up");
    } else if (event instanceof PbxEvent.LinkChanged e) {
      blending.rebalance("PBX link " + e.state());
    }
  }

  private void submit(Runnable work) {
    try {
      thread.execute(
          () -> {
            try {
              work.run();
            } catch (RuntimeException e) {
              LOG.warnf(e, "live ACD step failed: %s", e.getMessage());
            }
          });
    } catch (RejectedExecutionException | NullPointerException e) {
      LOG.debug("live ACD not running; event dropped");
    }
  }
}
