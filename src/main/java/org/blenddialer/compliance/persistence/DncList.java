package org.blenddialer.compliance.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The internal DNC list or a campaign's own list. */
@Entity
@Table(name = "dnc_list")
public class DncList extends PanacheEntityBase {

  /** Internal (company-wide) or one campaign's. */
  public enum Kind {
    INTERNAL,
    CAMPAIGN
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, length = 96)
  public String code;

  @Column(nullable = false, length = 16)
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  public Kind kind;

  @Column(name = "campaign_id", length = 64)
  public String campaignId;

  @Column(nullable = false, length = 200)
  public String title;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 128)
  public String createdBy;

  /** The list with this code, or null. */
  public static DncList byCode(String code) {
    return find("code", code).firstResult();
  }
}
