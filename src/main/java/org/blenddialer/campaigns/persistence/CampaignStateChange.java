package org.blenddialer.campaigns.persistence;

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
import org.blenddialer.core.campaign.CampaignState;

/** One lifecycle change of a campaign: who, when, from what to what. Append-only. */
@Entity
@Table(name = "campaign_state_change")
public class CampaignStateChange extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "campaign_id", nullable = false)
  public Long campaignId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_state", nullable = false, length = 20)
  public CampaignState fromState;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_state", nullable = false, length = 20)
  public CampaignState toState;

  @Column(name = "changed_by", nullable = false, length = 64)
  public String changedBy;

  @Column(name = "changed_at", nullable = false)
  public Instant changedAt;

  @Column(length = 255)
  public String reason;
}
