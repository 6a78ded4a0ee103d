package org.blenddialer.core.blending;

import java.util.List;
import java.util.Objects;
import org.blenddialer.core.agent.AgentView;
import org.blenddialer.core.estimate.InboundForecast;

/**
 * What a blending policy sees at one instant.
 *
 * @param now seconds on the caller's clock
 * @param agents every logged-in agent
 * @param waitingCallers inbound callers in queue right now
 * @param forecast the inbound load to plan for
 */
public record BlendingSnapshot(
    double now, List<? extends AgentView> agents, int waitingCallers, InboundForecast forecast) {

  public BlendingSnapshot {
    Objects.requireNonNull(agents, "agents");
    Objects.requireNonNull(forecast, "forecast");
    if (waitingCallers < 0) {
      throw new IllegalArgumentException("waiting callers must not be negative");
    }
  }
}
