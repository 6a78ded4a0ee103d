package org.blenddialer.core.compliance;

/** How an earlier call attempt ended, as far as re-call rules care. */
public enum AttemptOutcome {
  NO_ANSWER,
  BUSY,
  CONGESTION,
  MACHINE,
  LIVE,
  ABANDONED,
  TRANSFERRED
}
