package org.blenddialer.acd.live;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.blenddialer.acd.config.AcdConfig;

/**
 * The live update streams: every event goes to supervisors; agents see only events about
 * themselves. Publishing never blocks: a slow reader drops its own stream, not the dialer.
 */
@ApplicationScoped
public class LiveFeed {

  private final BroadcastProcessor<LiveEvent> events = BroadcastProcessor.create();
  private final Duration maxDuration;

  LiveFeed(AcdConfig config) {
    this.maxDuration = config.live().streamMaxDuration();
  }

  /** Sends an event to every open stream it belongs on. */
  public synchronized void publish(LiveEvent event) {
    events.onNext(event);
  }

  /** Everything: the supervisors' stream. */
  public Multi<LiveEvent> all() {
    return bounded(events.toHotStream());
  }

  /** One agent's own events. */
  public Multi<LiveEvent> forAgent(long agentId) {
    return bounded(
        events.toHotStream().select().where(e -> e.agentId() != null && e.agentId() == agentId));
  }

  private Multi<LiveEvent> bounded(Multi<LiveEvent> stream) {
    return stream.onOverflow().drop().select().first(maxDuration);
  }
}
