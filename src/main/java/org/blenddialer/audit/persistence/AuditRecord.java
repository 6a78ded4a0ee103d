package org.blenddialer.audit.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One audit trail record as stored; written once, never updated by the service. */
@Entity
@Table(name = "audit_record")
public class AuditRecord extends PanacheEntityBase {

  @Id
  @Column(name = "seq")
  public long seq;

  @Column(name = "recorded_at", nullable = false)
  public Instant recordedAt;

  @Column(nullable = false, length = 128)
  public String actor;

  @Column(nullable = false, length = 64)
  public String action;

  @Column(name = "subject_type", length = 64)
  public String subjectType;

  @Column(name = "subject_id", length = 128)
  public String subjectId;

  @Column(name = "phone_number", length = 20)
  public String phoneNumber;

  @Column(name = "campaign_id", length = 64)
  public String campaignId;

  @Column(length = 16)
  public String decision;

  @Column(name = "rule_id", length = 64)
  public String ruleId;

  @Column(nullable = false, columnDefinition = "TEXT")
  public String details;

  @Column(name = "prev_hash", nullable = false, length = 64, columnDefinition = "CHAR(64)")
  public String prevHash;

  @Column(nullable = false, length = 64, columnDefinition = "CHAR(64)")
  public String hash;
}
