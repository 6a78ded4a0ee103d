package org.blenddialer.core.agent;

/** Whether a call came in from a caller or was dialed out by a campaign. */
public enum CallDirection {
  INBOUND,
  OUTBOUND
}
