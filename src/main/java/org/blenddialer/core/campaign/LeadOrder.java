package org.blenddialer.core.campaign;

/** In which order due leads are called. */
public enum LeadOrder {
  /** Highest priority first, then oldest. */
  PRIORITY,
  /** Oldest lead first. */
  OLDEST_FIRST,
  /** Leads whose local calling window closes soonest first. */
  TIME_ZONE_AWARE
}
