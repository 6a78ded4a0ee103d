package org.blenddialer.core.pacing;

import java.util.List;
import java.util.Objects;
import org.blenddialer.core.agent.AgentView;
import org.blenddialer.core.estimate.OutboundEstimates;

/**
 * What a pacing policy sees of one campaign at one instant.
 *
 * @param now seconds on the caller's clock
 * @param campaignId the campaign being paced
 * @param freeAgents idle agents this campaign may connect a live answer to right now
 * @param agents every logged-in agent (policies look at those that return to outbound work)
 * @param callsInFlight dials placed and not yet resolved
 * @param answeredWaiting live answers waiting for an agent right now
 * @param agentsOnOutboundCalls agents talking to or wrapping up this campaign's connects
 * @param estimates what the campaign has learned about its calls
 * @param dropBudget the campaign's abandon budget so far
 * @param leadsAvailable most dials the hopper can give now
 */
public record PacingSnapshot(
    double now,
    String campaignId,
    int freeAgents,
    List<? extends AgentView> agents,
    List<? extends DialAttempt> callsInFlight,
    int answeredWaiting,
    int agentsOnOutboundCalls,
    OutboundEstimates estimates,
    DropBudget dropBudget,
    int leadsAvailable) {

  public PacingSnapshot {
    Objects.requireNonNull(campaignId, "campaignId");
    Objects.requireNonNull(agents, "agents");
    Objects.requireNonNull(callsInFlight, "callsInFlight");
    Objects.requireNonNull(estimates, "estimates");
    Objects.requireNonNull(dropBudget, "dropBudget");
    if (freeAgents < 0 || answeredWaiting < 0 || agentsOnOutboundCalls < 0 || leadsAvailable < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  /** Dials already working for the free agents: unresolved dials and answers waiting. */
  public int pendingCalls() {
    return callsInFlight.size() + answeredWaiting;
  }
}
