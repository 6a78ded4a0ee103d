package org.blenddialer.core.compliance;

/** How a call is placed, as far as compliance rules care. */
public enum DialMode {
  /** An agent keys the number. */
  MANUAL,
  /** The agent sees the lead first and decides when to dial. */
  PREVIEW,
  /** The dialer calls one number per idle agent. */
  PROGRESSIVE,
  /** The dialer calls a fixed number of lines per idle agent. */
  POWER,
  /** The dialer calls ahead of free agents, on a forecast. */
  PREDICTIVE;

  /** True when the dialer, not a person, starts the call. */
  public boolean automatic() {
    return this == PROGRESSIVE || this == POWER || this == PREDICTIVE;
  }

  /** True when an answered call may find no free agent, i.e. may be abandoned. */
  public boolean mayAbandon() {
    return this == POWER || this == PREDICTIVE;
  }

  /** True when an agent is guaranteed before the call is answered. */
  public boolean agentGuaranteed() {
    return !mayAbandon();
  }
}
