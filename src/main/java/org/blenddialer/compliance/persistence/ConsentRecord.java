package org.blenddialer.compliance.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.blenddialer.core.compliance.CallPurpose;
import org.blenddialer.core.compliance.ConsentBasis;
import org.blenddialer.core.compliance.ConsentEvent;

/** One consent ledger entry (grant or revocation) with its evidence; inserted, never changed. */
@Entity
@Table(name = "consent_event")
public class ConsentRecord extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public ConsentEvent.Kind kind;

  @Column(nullable = false, length = 20)
  public String e164;

  @Column(name = "person_ref", length = 64)
  public String personRef;

  @Column(length = 128)
  public String company;

  @Enumerated(EnumType.STRING)
  @Column(length = 32)
  public CallPurpose purpose;

  @Column(name = "campaign_id", length = 64)
  public String campaignId;

  @Enumerated(EnumType.STRING)
  @Column(length = 32)
  public ConsentBasis basis;

  @Column(nullable = false, length = 32)
  public String channel;

  @Column(name = "evidence_text", columnDefinition = "TEXT")
  public String evidenceText;

  @Column(name = "evidence_url", length = 1000)
  public String evidenceUrl;

  @Column(name = "source_ip", length = 64)
  public String sourceIp;

  @Column(length = 128)
  public String agent;

  @Column(name = "occurred_at", nullable = false)
  public Instant occurredAt;

  @Column(name = "expires_at")
  public Instant expiresAt;

  @Column(name = "recorded_at", nullable = false)
  public Instant recordedAt;

  @Column(name = "recorded_by", nullable = false, length = 128)
  public String recordedBy;

  /** The core's view of this entry. */
  public ConsentEvent toEvent() {
    return new ConsentEvent(
        id, kind, occurredAt, company, purpose, campaignId, basis, expiresAt, channel);
  }
}
