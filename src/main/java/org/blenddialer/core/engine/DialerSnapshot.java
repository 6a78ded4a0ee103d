package org.blenddialer.core.engine;

import java.util.List;
import java.util.Objects;
import org.blenddialer.core.agent.AgentView;
import org.blenddialer.core.estimate.InboundForecast;

/**
 * The whole call centre at one instant, as the engine needs it.
 *
 * @param now seconds on the caller's clock (epoch seconds in the service, virtual seconds in the
 *     simulator)
 * @param agents every logged-in agent
 * @param waitingCallers inbound callers in queue
 * @param inboundForecast the inbound load to plan for
 * @param campaigns the outbound campaigns
 */
public record DialerSnapshot(
    double now,
    List<? extends AgentView> agents,
    int waitingCallers,
    InboundForecast inboundForecast,
    List<CampaignState> campaigns) {

  public DialerSnapshot {
    Objects.requireNonNull(agents, "agents");
    Objects.requireNonNull(inboundForecast, "inboundForecast");
    Objects.requireNonNull(campaigns, "campaigns");
  }
}
