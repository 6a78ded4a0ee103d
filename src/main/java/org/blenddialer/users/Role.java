package org.blenddialer.users;

/** What a user may do in BlendDialer. A user holds one or more roles. */
public enum Role {
  /** Takes inbound calls and outbound connects; sees only their own work. */
  AGENT,
  /** Watches queues and agents live and steers them. */
  SUPERVISOR,
  /** Uploads lead lists and runs campaigns. */
  CAMPAIGN_MANAGER,
  /** Audits dial decisions, manages DNC lists and consent. */
  COMPLIANCE_OFFICER,
  /** Manages users, queues, trunks and Asterisk connections. */
  ADMIN
}
