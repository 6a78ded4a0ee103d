package org.blenddialer.core.compliance;

/** Whom a campaign calls: consumers or businesses, where rules differ. */
public enum Audience {
  CONSUMER,
  BUSINESS
}
