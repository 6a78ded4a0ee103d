package org.blenddialer.core.agent;

/** An agent was asked to move to a state that cannot follow the one it is in. */
public class IllegalAgentTransitionException extends IllegalStateException {

  private final String agentId;
  private final AgentState from;
  private final String attempted;

  public IllegalAgentTransitionException(String agentId, AgentState from, String attempted) {
    super("agent " + agentId + " cannot " + attempted + " while " + from);
    this.agentId = agentId;
    this.from = from;
    this.attempted = attempted;
  }

  public String agentId() {
    return agentId;
  }

  public AgentState from() {
    return from;
  }

  /** The transition that was refused, in words (e.g. {@code "answer a call"}). */
  public String attempted() {
    return attempted;
  }
}
