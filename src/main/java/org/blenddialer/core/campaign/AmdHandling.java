package org.blenddialer.core.campaign;

/** What the dialer does when answering-machine detection says MACHINE. */
public enum AmdHandling {
  HANG_UP,
  LEAVE_MESSAGE,
  PASS_TO_AGENT
}
