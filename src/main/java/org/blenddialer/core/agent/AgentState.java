package org.blenddialer.core.agent;

/** Where an agent is in the working day, as the dialer sees it. */
public enum AgentState {
  LOGGED_OUT,
  IDLE,
  /** Picked for one call (e.g. a preview) that is being connected; no other work is offered. */
  RESERVED,
  RINGING,
  ON_CALL,
  WRAP_UP,
  PAUSED;

  /** True while the agent is handling a call (talking or wrapping it up). */
  public boolean isWorkingACall() {
    return this == ON_CALL || this == WRAP_UP;
  }
}
