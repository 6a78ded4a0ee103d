package org.blenddialer.core.agent;

/** What an agent is trained and allowed to handle; it bounds the modes the agent may be put in. */
public enum AgentSkill {
  INBOUND_ONLY,
  OUTBOUND_ONLY,
  BLEND;

  /** Whether an agent with this skill may work in the given mode. */
  public boolean allows(AgentMode mode) {
    return switch (this) {
      case INBOUND_ONLY -> mode == AgentMode.INBOUND;
      case OUTBOUND_ONLY -> mode == AgentMode.OUTBOUND;
      case BLEND -> true;
    };
  }

  /** The mode an agent with this skill starts the day in. */
  public AgentMode defaultMode() {
    return switch (this) {
      case INBOUND_ONLY -> AgentMode.INBOUND;
      case OUTBOUND_ONLY -> AgentMode.OUTBOUND;
      case BLEND -> AgentMode.BLENDED;
    };
  }
}
