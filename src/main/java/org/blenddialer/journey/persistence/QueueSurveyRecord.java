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

/** Whether a queue asks its callers the post-call survey. */
@Entity
@Table(name = "queue_survey")
public class QueueSurveyRecord extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "asterisk_queue", nullable = false, unique = true, length = 80)
  public String asteriskQueue;

  @Column(nullable = false)
  public boolean enabled;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Version
  @Column(nullable = false)
  public int version;
}
