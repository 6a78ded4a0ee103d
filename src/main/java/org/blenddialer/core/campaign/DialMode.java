package org.blenddialer.core.campaign;

/** How a campaign decides when to dial. */
public enum DialMode {
  /** The agent sees the lead first and dials on their word. */
  PREVIEW,
  /** One call per free agent, the agent reserved first. */
  PROGRESSIVE,
  /** A fixed number of calls per free agent. */
  POWER,
  /** As many calls as the abandon budget allows, from live estimates. */
  PREDICTIVE;

  /** Whether calls can be answered with no agent free (and so be abandoned). */
  public boolean canAbandon() {
    return this == POWER || this == PREDICTIVE;
  }
}
