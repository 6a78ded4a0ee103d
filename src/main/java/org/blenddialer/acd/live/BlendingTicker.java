package org.blenddialer.acd.live;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** The live ACD's clock: calls {@link LiveAcd#tick()} every dialer.acd.blending.tick. */
@ApplicationScoped
public class BlendingTicker {

  private final LiveAcd acd;

  BlendingTicker(LiveAcd acd) {
    this.acd = acd;
  }

  @Scheduled(
      every = "${dialer.acd.blending.tick:1s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void tick() {
    acd.tick();
  }
}
