package org.blenddialer.agents.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An agent serves a queue at a penalty (0 is first choice; higher is rung later). */
@Embeddable
public class QueueSkill {

  @Column(name = "queue_id", nullable = false)
  public Long queueId;

  @Column(nullable = false)
  public int penalty;

  protected QueueSkill() {}

  public QueueSkill(long queueId, int penalty) {
    this.queueId = queueId;
    this.penalty = penalty;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof QueueSkill other
        && queueId.equals(other.queueId)
        && penalty == other.penalty;
  }

  @Override
  public int hashCode() {
    return queueId.hashCode() * 31 + penalty;
  }
}
