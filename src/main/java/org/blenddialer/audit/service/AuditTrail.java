package org.blenddialer.audit.service;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.blenddialer.audit.persistence.AuditChainHead;
import org.blenddialer.audit.persistence.AuditRecord;

/**
 * The append-only, hash-chained audit trail. Features call {@link #append(AuditEntry)} for every
 * decision and change; there is deliberately no way to change or remove a record.
 */
@ApplicationScoped
public class AuditTrail {

  private static final int PAGE = 2000;

  private final InstantSource clock;

  AuditTrail(InstantSource clock) {
    this.clock = clock;
  }

  /**
   * Appends one record and returns its sequence number. Joins the caller's transaction, so the
   * record commits (or rolls back) together with the change it describes; appends are serialised by
   * a lock on the chain head.
   */
  @Transactional
  public long append(AuditEntry entry) {
    var em = Panache.getEntityManager();
    // Native: Hibernate's MySQL dialect writes FOR UPDATE OF <alias>, which MariaDB rejects.
    Object[] head =
        (Object[])
            em.createNativeQuery(
                    "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = "
                        + AuditChainHead.ID
                        + " FOR UPDATE")
                .getSingleResult();
    AuditRecord record = new AuditRecord();
    record.seq = ((Number) head[0]).longValue() + 1;
    // Stored as DATETIME(6): hash exactly what the database will give back.
    record.recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
    record.actor = entry.actor();
    record.action = entry.action();
    record.subjectType = entry.subjectType();
    record.subjectId = entry.subjectId();
    record.phoneNumber = entry.phoneNumber();
    record.campaignId = entry.campaignId();
    record.decision = entry.decision();
    record.ruleId = entry.ruleId();
    record.details = CanonicalForm.details(entry.details());
    record.prevHash = (String) head[1];
    record.hash = CanonicalForm.hash(record);
    record.persist();
    em.createNativeQuery(
            "UPDATE audit_chain_head SET last_seq = ?1, last_hash = ?2 WHERE id = "
                + AuditChainHead.ID)
        .setParameter(1, record.seq)
        .setParameter(2, record.hash)
        .executeUpdate();
    return record.seq;
  }

  /** Recomputes the whole chain and names the first record that does not check out. */
  @Transactional
  public ChainVerification verify() {
    var em = Panache.getEntityManager();
    long expected = 1;
    String previousHash = CanonicalForm.GENESIS;
    long checked = 0;
    while (true) {
      List<AuditRecord> page =
          AuditRecord.<AuditRecord>find("seq >= ?1", Sort.by("seq"), expected).page(0, PAGE).list();
      for (AuditRecord r : page) {
        checked++;
        if (r.seq != expected) {
          return broken(
              checked,
              expected,
              "record " + expected + " is missing: the chain goes on at record " + r.seq);
        }
        if (!CanonicalForm.hash(r).equals(r.hash)) {
          return broken(
              checked, r.seq, "record " + r.seq + " does not match its hash: it was changed");
        }
        if (!r.prevHash.equals(previousHash)) {
          return broken(
              checked,
              r.seq,
              "record "
                  + r.seq
                  + " does not link to record "
                  + (r.seq - 1)
                  + ": records were replaced or reordered");
        }
        previousHash = r.hash;
        expected++;
      }
      em.clear();
      if (page.size() < PAGE) {
        break;
      }
    }
    AuditChainHead head = AuditChainHead.findById(AuditChainHead.ID);
    long last = expected - 1;
    if (head.lastSeq != last || !head.lastHash.equals(previousHash)) {
      return broken(
          checked,
          Math.min(last + 1, Math.max(head.lastSeq, 1)),
          "the chain ends at record "
              + last
              + " but "
              + head.lastSeq
              + " records were written: the newest records were removed or changed");
    }
    return new ChainVerification(true, checked, null, null, clock.instant());
  }

  private ChainVerification broken(long checked, long seq, String problem) {
    return new ChainVerification(false, checked, seq, problem, clock.instant());
  }
}
