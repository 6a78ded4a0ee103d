package org.blenddialer.agents.live;

import org.blenddialer.platform.error.DomainException;

/** An agent asked for a change their current state does not allow (pause while talking...). */
public final class AgentProblems extends DomainException {

  private AgentProblems(int status, String type, String title, String detail) {
    super(status, type, title, detail);
  }

  /** The change cannot follow the agent's current state. */
  public static AgentProblems illegalState(String detail) {
    return new AgentProblems(
        409, "illegal-agent-state", "Not possible in the agent's state", detail);
  }

  /** The agent is not logged in. */
  public static AgentProblems notLoggedIn(long agentId) {
    return new AgentProblems(
        409,
        "agent-not-logged-in",
        "Agent not logged in",
        "agent " + agentId + " is not logged in");
  }
}
