package org.blenddialer.compliance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.blenddialer.audit.service.AuditEntry;
import org.blenddialer.audit.service.AuditTrail;
import org.blenddialer.compliance.persistence.ConsentRecord;
import org.blenddialer.compliance.persistence.DncEntry;
import org.blenddialer.compliance.persistence.DncRemoval;

/**
 * GDPR erasure: removes a person's consent ledger entries and DNC entries and keeps only a keyed
 * hash of the number on the suppression list, so they are never called again. Audit records and
 * call records stay (kept under a legal obligation, reference rule 9); the erasure's own audit
 * record carries the hash, not the number.
 */
@ApplicationScoped
public class DataSubjectErasure {

  private final PhoneNumbers phoneNumbers;
  private final SuppressionList suppression;
  private final AuditTrail audit;

  DataSubjectErasure(PhoneNumbers phoneNumbers, SuppressionList suppression, AuditTrail audit) {
    this.phoneNumbers = phoneNumbers;
    this.suppression = suppression;
    this.audit = audit;
  }

  /** What an erasure removed. */
  public record Erased(String suppressionHash, long consentEntries, long dncEntries) {}

  /** Erases the number's (and person's) data and suppresses the number for good. */
  @Transactional
  public Erased erase(String number, String personRef, String actor) {
    String e164 = phoneNumbers.e164("number", number);
    String hash = suppression.add(e164, "gdpr-erasure");
    long consent =
        personRef == null || personRef.isBlank()
            ? ConsentRecord.delete("e164", e164)
            : ConsentRecord.delete("e164 = ?1 or personRef = ?2", e164, personRef);
    long dnc = DncEntry.delete("e164", e164) + DncRemoval.delete("e164", e164);
    audit.append(
        AuditEntry.of(actor, "gdpr.erased")
            .subject("suppression", hash)
            .detail("consentEntries", consent)
            .detail("dncEntries", dnc));
    return new Erased(hash, consent, dnc);
  }
}
