package org.blenddialer.campaigns.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Set;
import org.blenddialer.core.campaign.AmdHandling;
import org.blenddialer.core.campaign.CampaignState;
import org.blenddialer.core.campaign.DialMode;
import org.blenddialer.core.campaign.LeadOrder;

/** An outbound campaign: what it dials, how, when, and what agents say. */
@Entity
@Table(name = "campaign")
public class Campaign extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, unique = true, length = 120)
  public String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  public CampaignState state = CampaignState.DRAFT;

  @Enumerated(EnumType.STRING)
  @Column(name = "dial_mode", nullable = false, length = 20)
  public DialMode dialMode;

  @Column(name = "power_ratio", precision = 4, scale = 2)
  public BigDecimal powerRatio;

  @Column(name = "target_abandon_pct", precision = 4, scale = 2)
  public BigDecimal targetAbandonPercent;

  /** The app_queue queue live answers are sent to. */
  @Column(name = "asterisk_queue", nullable = false, length = 80)
  public String asteriskQueue;

  @Column(name = "asterisk_server", nullable = false, length = 60)
  public String asteriskServer;

  @Column(nullable = false, length = 80)
  public String trunk;

  /** Caller ID presented, E.164. */
  @Column(name = "caller_id", nullable = false, length = 16)
  public String callerId;

  /** Policy pack the campaign declares (e.g. US-FL); null: follow each lead's number. */
  @Column(length = 20)
  public String jurisdiction;

  @Column(name = "hours_start", nullable = false)
  public LocalTime hoursStart;

  @Column(name = "hours_end", nullable = false)
  public LocalTime hoursEnd;

  /** Comma-separated ISO days, e.g. MONDAY,TUESDAY. */
  @Column(name = "calling_days", nullable = false, length = 80)
  public String callingDays;

  @Enumerated(EnumType.STRING)
  @Column(name = "amd_handling", nullable = false, length = 20)
  public AmdHandling amdHandling;

  @Column(name = "max_attempts_per_lead", nullable = false)
  public int maxAttemptsPerLead;

  @Column(name = "max_attempts_per_day", nullable = false)
  public int maxAttemptsPerDay;

  @Enumerated(EnumType.STRING)
  @Column(name = "lead_order", nullable = false, length = 20)
  public LeadOrder leadOrder;

  @Column(columnDefinition = "TEXT")
  public String script;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "campaign_retry_rule", joinColumns = @JoinColumn(name = "campaign_id"))
  public Set<RetryRuleRow> retryRules = new HashSet<>();

  /** Inbound queues whose agents may work this campaign (their skills). */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "campaign_skill", joinColumns = @JoinColumn(name = "campaign_id"))
  @Column(name = "queue_id", nullable = false)
  public Set<Long> skillQueueIds = new HashSet<>();

  /** Whether called people hear the post-call survey after the agent hangs up. */
  @Column(name = "post_call_survey", nullable = false)
  public boolean postCallSurvey;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Version public int version;
}
