package org.blenddialer.journey.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/** A queue's callback rules and waiting announcements. */
@Entity
@Table(name = "queue_callback_policy")
public class CallbackPolicyRecord extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "asterisk_queue", nullable = false, unique = true, length = 80)
  public String asteriskQueue;

  @Column(nullable = false)
  public boolean enabled;

  @Column(name = "threshold_seconds", nullable = false)
  public int thresholdSeconds;

  /** HH:MM in {@link #zone}. */
  @Column(name = "window_start", nullable = false, length = 5)
  public String windowStart;

  @Column(name = "window_end", nullable = false, length = 5)
  public String windowEnd;

  @Column(nullable = false, length = 64)
  public String zone;

  @Column(name = "max_attempts", nullable = false)
  public int maxAttempts;

  @Column(name = "retry_delay_seconds", nullable = false)
  public int retryDelaySeconds;

  @Column(name = "announce_position", nullable = false)
  public boolean announcePosition;

  @Column(name = "announce_wait", nullable = false)
  public boolean announceWait;

  @Column(name = "announce_every_seconds", nullable = false)
  public int announceEverySeconds;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Version
  @Column(nullable = false)
  public int version;

  public static Optional<CallbackPolicyRecord> byQueue(String queue) {
    return find("asteriskQueue", queue).firstResultOptional();
  }
}
