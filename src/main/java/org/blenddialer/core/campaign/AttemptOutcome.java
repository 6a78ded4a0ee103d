package org.blenddialer.core.campaign;

/** How a dial attempt ended, as far as retrying is concerned. */
public enum AttemptOutcome {
  /** A person answered and an agent talked to them. */
  CONNECTED,
  /** The line was busy. */
  BUSY,
  /** Nobody answered within the ring time. */
  NO_ANSWER,
  /** An answering machine answered. */
  MACHINE,
  /** The network could not complete the call. */
  CONGESTION,
  /** A person answered but no agent was free in time. */
  ABANDONED,
  /** The call could not be placed at all. */
  FAILED
}
