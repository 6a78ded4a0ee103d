package org.blenddialer.acd.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.blenddialer.acd.QueueStrategy;
import org.blenddialer.core.ivr.QueueAnnouncements;

/** An inbound ACD queue, served by an Asterisk app_queue queue of the same configuration. */
@Entity
@Table(name = "acd_queue")
public class InboundQueue extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, unique = true, length = 100)
  public String name;

  @Column(name = "asterisk_queue", nullable = false, unique = true, length = 80)
  public String asteriskQueue;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  public QueueStrategy strategy;

  @Column(name = "sl_target_percent", nullable = false)
  public int serviceLevelPercent;

  @Column(name = "sl_threshold_seconds", nullable = false)
  public int serviceLevelSeconds;

  @Column(name = "wrapup_seconds", nullable = false)
  public int wrapUpSeconds;

  @Column(name = "ring_timeout_seconds", nullable = false)
  public int ringTimeoutSeconds;

  @Column(nullable = false)
  public boolean recording;

  @Column(nullable = false)
  public boolean active = true;

  @Enumerated(EnumType.STRING)
  @Column(name = "announce_position", nullable = false, length = 8)
  public QueueAnnouncements.Position announcePosition = QueueAnnouncements.Position.NO;

  @Column(name = "announce_position_limit", nullable = false)
  public int announcePositionLimit;

  @Enumerated(EnumType.STRING)
  @Column(name = "announce_holdtime", nullable = false, length = 8)
  public QueueAnnouncements.HoldTime announceHoldTime = QueueAnnouncements.HoldTime.NO;

  @Column(name = "announce_frequency_seconds", nullable = false)
  public int announceFrequencySeconds;

  @Column(name = "periodic_announce", length = 80)
  public String periodicAnnounce;

  @Column(name = "periodic_announce_seconds", nullable = false)
  public int periodicAnnounceSeconds;

  /** What waiting callers are told, as one value. */
  public QueueAnnouncements announcements() {
    return new QueueAnnouncements(
        announcePosition,
        announcePositionLimit,
        announceHoldTime,
        announceFrequencySeconds,
        periodicAnnounce,
        periodicAnnounceSeconds);
  }

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Version public int version;
}
