package org.blenddialer.leads.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A lead list of a campaign, as stored; written by the import's SQL, read here. */
@Entity
@Table(name = "lead_list")
public class LeadList extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "campaign_id", nullable = false)
  public long campaignId;

  @Column(nullable = false, length = 200)
  public String name;

  @Column(name = "default_country", nullable = false, length = 2)
  public String defaultCountry;

  @Column(name = "duplicate_policy", nullable = false, length = 16)
  public String duplicatePolicy;

  @Column(nullable = false, length = 16)
  public String state;

  @Column(name = "lead_count", nullable = false)
  public int leadCount;

  @Column(name = "created_by", nullable = false, length = 64)
  public String createdBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "activated_at")
  public Instant activatedAt;
}
