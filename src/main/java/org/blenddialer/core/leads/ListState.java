package org.blenddialer.core.leads;

/** Whether a lead list can be dialed. */
public enum ListState {
  /** Its import is still running: the hopper does not see it. */
  IMPORTING,
  /** Imported whole: its leads are dialable. */
  ACTIVE
}
