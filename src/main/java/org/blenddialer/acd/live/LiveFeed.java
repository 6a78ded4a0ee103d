package org.blenddialer.acd.live;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.blenddialer.acd.config.AcdConfig;

/**
 * The live update streams: every event goes to supervisors; agents see only events about
 * themselves. Publishing never blocks. Each stream keeps up to {@link #BACKLOG} events that its
 * reader has not taken yet (a web stream takes one event at a time, so bursts such as a state
 * change and its screen pop must wait rather than be lost); a reader that falls further behind
 * loses its own stream, which its browser reopens, never the dialer's pace.
 */
@ApplicationScoped
public class LiveFeed {

  /** Events one stream may hold for a reader that has not taken them yet. */
  static final int BACKLOG = 512;

  private final BroadcastProcessor<LiveEvent> events = BroadcastProcessor.create();
  private final Duration maxDuration;

  @Inject
  LiveFeed(AcdConfig config) {
    this(config.live().streamMaxDuration());
  }

  LiveFeed(Duration maxDuration) {
    this.maxDuration = maxDuration;
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
    return stream.onOverflow().buffer(BACKLOG).select().first(maxDuration);
  }
}
