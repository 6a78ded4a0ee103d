package org.blenddialer.acd;

/** How an inbound call ended. */
public enum InboundOutcome {
  /** An agent talked to the caller. */
  ANSWERED,
  /** The caller hung up while waiting. */
  ABANDONED,
  /** The queue's wait limit passed before an agent answered. */
  TIMED_OUT,
  /** An agent answered and transferred the caller elsewhere. */
  TRANSFERRED,
  /** The PBX no longer knew the call after a restart; its end was not observed. */
  LOST
}
