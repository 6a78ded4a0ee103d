package org.blenddialer.audit.rest;

import java.time.Instant;
import org.blenddialer.audit.persistence.AuditRecord;

/** One audit record as the API shows it. */
public record AuditRecordView(
    long seq,
    Instant recordedAt,
    String actor,
    String action,
    String subjectType,
    String subjectId,
    String phoneNumber,
    String campaignId,
    String decision,
    String ruleId,
    String details,
    String prevHash,
    String hash) {

  /** The view of a stored record. */
  public static AuditRecordView of(AuditRecord r) {
    return new AuditRecordView(
        r.seq,
        r.recordedAt,
        r.actor,
        r.action,
        r.subjectType,
        r.subjectId,
        r.phoneNumber,
        r.campaignId,
        r.decision,
        r.ruleId,
        r.details,
        r.prevHash,
        r.hash);
  }
}
