package org.blenddialer.core.kpi;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One inbound call as the KPIs see it: when it entered the queue, when (if) an agent answered, when
 * it ended, and after-call work.
 *
 * @param queue the queue it waited in
 * @param enteredQueue when the caller joined the queue
 * @param answered when an agent answered, or null if nobody did
 * @param ended when the call (or the wait) ended
 * @param wrapUp after-call work the agent did (zero if none or not answered)
 * @param resolvedOnFirstContact true/false from the agent's disposition, null when not set
 */
public record InboundCall(
    String queue,
    Instant enteredQueue,
    Instant answered,
    Instant ended,
    Duration wrapUp,
    Boolean resolvedOnFirstContact) {

  public InboundCall {
    if (queue == null || enteredQueue == null || ended == null) {
      throw new IllegalArgumentException("queue, enteredQueue and ended are required");
    }
    if (ended.isBefore(enteredQueue)) {
      throw new IllegalArgumentException("a call cannot end before it entered the queue");
    }
    if (answered != null && (answered.isBefore(enteredQueue) || answered.isAfter(ended))) {
      throw new IllegalArgumentException(
          "answered must lie between entering the queue and the end");
    }
    wrapUp = wrapUp == null ? Duration.ZERO : wrapUp;
    if (wrapUp.isNegative()) {
      throw new IllegalArgumentException("wrap-up cannot be negative");
    }
  }

  /** Whether an agent answered. */
  public boolean wasAnswered() {
    return answered != null;
  }

  /** How long the caller waited: until answered, or until they gave up. */
  public Duration waited() {
    return Duration.between(enteredQueue, answered != null ? answered : ended);
  }

  /** Talk time, when answered. */
  public Optional<Duration> talked() {
    return answered == null ? Optional.empty() : Optional.of(Duration.between(answered, ended));
  }
}
