package org.blenddialer.core.engine;

import java.util.List;
import java.util.Objects;
import org.blenddialer.core.estimate.OutboundEstimates;
import org.blenddialer.core.pacing.DialAttempt;
import org.blenddialer.core.pacing.DropBudget;

/**
 * One outbound campaign as the engine sees it.
 *
 * @param campaignId the campaign
 * @param dialingOpen whether the campaign may dial now (running, inside its dialing window)
 * @param callsInFlight its unresolved dials
 * @param answeredWaiting its live answers waiting for an agent
 * @param agentsOnCalls agents talking to or wrapping up its connects
 * @param estimates what it has learned about its calls
 * @param dropBudget its abandon budget so far
 * @param leadsAvailable most dials its hopper can give now
 * @param queue the queue its answered calls go to, which decides which agents may work it ({@link
 *     org.blenddialer.core.agent.AgentView#mayWork}); null: any agent
 */
public record CampaignState(
    String campaignId,
    boolean dialingOpen,
    List<? extends DialAttempt> callsInFlight,
    int answeredWaiting,
    int agentsOnCalls,
    OutboundEstimates estimates,
    DropBudget dropBudget,
    int leadsAvailable,
    String queue) {

  /** A campaign any agent may work. */
  public CampaignState(
      String campaignId,
      boolean dialingOpen,
      List<? extends DialAttempt> callsInFlight,
      int answeredWaiting,
      int agentsOnCalls,
      OutboundEstimates estimates,
      DropBudget dropBudget,
      int leadsAvailable) {
    this(
        campaignId,
        dialingOpen,
        callsInFlight,
        answeredWaiting,
        agentsOnCalls,
        estimates,
        dropBudget,
        leadsAvailable,
        null);
  }

  /** Whether the agent may work this campaign. */
  public boolean mayBeWorkedBy(org.blenddialer.core.agent.AgentView agent) {
    return queue == null || agent.mayWork(queue);
  }

  public CampaignState {
    Objects.requireNonNull(campaignId, "campaignId");
    Objects.requireNonNull(callsInFlight, "callsInFlight");
    Objects.requireNonNull(estimates, "estimates");
    Objects.requireNonNull(dropBudget, "dropBudget");
  }
}
