package org.blenddialer.core.compliance;

/** Why a campaign calls, which decides which rules apply. */
public enum CallPurpose {
  /** Selling or advertising: telemarketing, telephone solicitation, advertising calls. */
  TELEMARKETING,
  /** Service, reminders, collections, surveys with no sales content. */
  INFORMATIONAL
}
