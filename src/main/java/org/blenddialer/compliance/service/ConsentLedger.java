package org.blenddialer.compliance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.blenddialer.audit.service.AuditEntry;
import org.blenddialer.audit.service.AuditTrail;
import org.blenddialer.compliance.persistence.ConsentRecord;
import org.blenddialer.core.compliance.ConsentEvent;
import org.blenddialer.core.compliance.DialCheck;
import org.blenddialer.platform.error.InvalidInputProblem;

/**
 * The consent ledger: grants with evidence and revocations by any channel, appended and never
 * changed. The state in force is derived from it at every dial decision, so a revocation counts for
 * the very next one.
 */
@ApplicationScoped
public class ConsentLedger {

  private final PhoneNumbers phoneNumbers;
  private final DncService dnc;
  private final AuditTrail audit;
  private final InstantSource clock;

  ConsentLedger(PhoneNumbers phoneNumbers, DncService dnc, AuditTrail audit, InstantSource clock) {
    this.phoneNumbers = phoneNumbers;
    this.dnc = dnc;
    this.audit = audit;
    this.clock = clock;
  }

  /** Records a consent grant. */
  @Transactional
  public ConsentRecord grant(ConsentCommand command, String actor) {
    if (command.company() == null || command.company().isBlank()) {
      throw InvalidInputProblem.ofField("company", "the company consent is given to");
    }
    if (command.basis() == null) {
      throw InvalidInputProblem.ofField("basis", "the kind of consent given");
    }
    return append(ConsentEvent.Kind.GRANT, command, actor);
  }

  /**
   * Records a revocation; with {@code alsoInternalDnc} the number also goes on the internal DNC
   * list (a "do not call" request, a GDPR objection).
   */
  @Transactional
  public ConsentRecord revoke(ConsentCommand command, boolean alsoInternalDnc, String actor) {
    ConsentRecord record = append(ConsentEvent.Kind.REVOCATION, command, actor);
    if (alsoInternalDnc) {
      dnc.add(DialCheck.INTERNAL_LIST, record.e164, record.channel, "consent revoked", actor);
    }
    return record;
  }

  /** The ledger entries for a number and, when given, for the person on any of their numbers. */
  @Transactional
  public List<ConsentRecord> records(String number, String personRef) {
    String e164 = phoneNumbers.e164("number", number);
    if (personRef == null || personRef.isBlank()) {
      return ConsentRecord.list("e164 = ?1 order by id", e164);
    }
    return ConsentRecord.list("e164 = ?1 or personRef = ?2 order by id", e164, personRef);
  }

  /** The same entries as the core sees them. */
  @Transactional
  public List<ConsentEvent> events(String number, String personRef) {
    return records(number, personRef).stream().map(ConsentRecord::toEvent).toList();
  }

  private ConsentRecord append(ConsentEvent.Kind kind, ConsentCommand c, String actor) {
    if (c.channel() == null || c.channel().isBlank()) {
      throw InvalidInputProblem.ofField("channel", "how consent was given or withdrawn");
    }
    Instant now = clock.instant();
    if (c.occurredAt() != null && c.occurredAt().isAfter(now)) {
      throw InvalidInputProblem.ofField("occurredAt", "cannot be in the future");
    }
    ConsentRecord r = new ConsentRecord();
    r.kind = kind;
    r.e164 = phoneNumbers.e164("number", c.number());
    r.personRef = c.personRef();
    r.company = c.company();
    r.purpose = c.purpose();
    r.campaignId = c.campaignId();
    r.basis = kind == ConsentEvent.Kind.GRANT ? c.basis() : null;
    r.channel = c.channel();
    r.evidenceText = c.evidenceText();
    r.evidenceUrl = c.evidenceUrl();
    r.sourceIp = c.sourceIp();
    r.agent = c.agent();
    r.occurredAt = c.occurredAt() == null ? now : c.occurredAt();
    r.expiresAt = c.expiresAt();
    r.recordedAt = now;
    r.recordedBy = actor;
    r.persist();
    ConsentRecord.getEntityManager().flush();
    audit.append(
        AuditEntry.of(
                actor, kind == ConsentEvent.Kind.GRANT ? "consent.granted" : "consent.revoked")
            .subject("consent", r.id)
            .phone(r.e164)
            .campaign(r.campaignId)
            .detail("company", r.company)
            .detail("purpose", r.purpose)
            .detail("basis", r.basis)
            .detail("channel", r.channel)
            .detail("evidenceUrl", r.evidenceUrl)
            .detail("occurredAt", r.occurredAt)
            .detail("expiresAt", r.expiresAt));
    return r;
  }
}
