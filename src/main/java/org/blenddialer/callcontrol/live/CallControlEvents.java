package org.blenddialer.callcontrol.live;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.blenddialer.telephony.Pbx;
import org.blenddialer.telephony.PbxEvent;
import org.jboss.logging.Logger;

/**
 * Applies what the PBX reports to calls under control, on a thread of its own (the adapter's
 * listeners must return at once): consultations answered or not, music on hold, parties hanging up,
 * a transferred caller answered from a queue.
 */
@ApplicationScoped
public class CallControlEvents {

  private static final Logger LOG = Logger.getLogger(CallControlEvents.class);

  private final Pbx pbx;
  private final CallControl control;
  private ExecutorService thread;
  private Pbx.Subscription subscription;

  CallControlEvents(Pbx pbx, CallControl control) {
    this.pbx = pbx;
    this.control = control;
  }

  void start(@Observes @Priority(3600) StartupEvent event) {
    thread =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "call-control");
              t.setDaemon(true);
              return t;
            });
    subscription =
        pbx.subscribe(
            e -> {
              if (relevant(e)) {
                try {
                  thread.execute(() -> safely(e));
                } catch (RejectedExecutionException ignored) {
                  // shutting down
                }
              }
            });
  }

  void stop(@Observes ShutdownEvent event) {
    if (subscription != null) {
      subscription.close();
    }
    if (thread != null) {
      thread.shutdownNow();
    }
  }

  private static boolean relevant(PbxEvent e) {
    return e instanceof PbxEvent.CallerJoinedQueue
        || e instanceof PbxEvent.AgentConnected
        || e instanceof PbxEvent.MusicOnHoldChanged
        || e instanceof PbxEvent.OriginateOutcome
        || e instanceof PbxEvent.CallHungUp;
  }

  private void safely(PbxEvent e) {
    try {
      control.onEvent(e);
    } catch (RuntimeException ex) {
      LOG.warnf(ex, "call control could not apply %s", e.getClass().getSimpleName());
    }
  }
}
