package org.blenddialer.audit.service;

import java.time.Instant;

/**
 * A search of the audit trail; null fields do not filter.
 *
 * @param phoneNumber E.164 number
 * @param campaignId campaign
 * @param from earliest time, inclusive
 * @param to latest time, exclusive
 * @param decision {@code ALLOWED} or {@code DENIED}
 * @param ruleId rule that decided, e.g. {@code US#1}
 * @param action action, e.g. {@code dial.decision}
 * @param limit most records to return, newest first
 */
public record AuditQuery(
    String phoneNumber,
    String campaignId,
    Instant from,
    Instant to,
    String decision,
    String ruleId,
    String action,
    int limit) {

  /** The most records one search returns. */
  public static final int MAX_LIMIT = 10_000;

  public AuditQuery {
    limit = limit <= 0 ? 100 : Math.min(limit, MAX_LIMIT);
  }
}
