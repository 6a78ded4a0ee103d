package org.blenddialer.acd.rest;

import org.blenddialer.acd.QueueStrategy;
import org.blenddialer.acd.persistence.InboundQueue;

/**
 * An inbound queue as the API shows it.
 *
 * @param id queue id
 * @param name name people see
 * @param asteriskQueue app_queue queue name
 * @param strategy ring strategy
 * @param serviceLevelPercent service-level target share
 * @param serviceLevelSeconds service-level threshold
 * @param wrapUpSeconds after-call work time
 * @param ringTimeoutSeconds member ring timeout
 * @param recording whether calls are recorded
 * @param active whether the queue takes calls
 * @param announcements what waiting callers are told
 */
public record QueueView(
    long id,
    String name,
    String asteriskQueue,
    QueueStrategy strategy,
    int serviceLevelPercent,
    int serviceLevelSeconds,
    int wrapUpSeconds,
    int ringTimeoutSeconds,
    boolean recording,
    boolean active,
    QueueDefinition.Announcements announcements) {

  /** Maps a queue to its view. */
  public static QueueView of(InboundQueue q) {
    return new QueueView(
        q.id,
        q.name,
        q.asteriskQueue,
        q.strategy,
        q.serviceLevelPercent,
        q.serviceLevelSeconds,
        q.wrapUpSeconds,
        q.ringTimeoutSeconds,
        q.recording,
        q.active,
        new QueueDefinition.Announcements(
            q.announcePosition.name(),
            q.announcePositionLimit,
            q.announceHoldTime.name(),
            q.announceFrequencySeconds,
            q.periodicAnnounce,
            q.periodicAnnounceSeconds));
  }
}
