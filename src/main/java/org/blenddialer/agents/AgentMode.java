package org.blenddialer.agents;

/** The kind of work an agent takes while logged in. */
public enum AgentMode {
  /** Inbound queue calls only. */
  INBOUND,
  /** Outbound campaign connects only. */
  OUTBOUND,
  /** Both; the blending policy moves the agent between them. */
  BLENDED
}
