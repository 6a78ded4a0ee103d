package org.blenddialer.acd.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.InstantSource;
import java.util.List;
import org.blenddialer.acd.persistence.InboundQueue;
import org.blenddialer.acd.rest.QueueDefinition;
import org.blenddialer.platform.error.ConflictProblem;
import org.blenddialer.platform.error.NotFoundProblem;
import org.blenddialer.platform.time.Timestamps;

/** Defines inbound queues. */
@ApplicationScoped
public class QueueService {

  private final InstantSource clock;

  QueueService(InstantSource clock) {
    this.clock = clock;
  }

  /** All queues, by name. */
  @Transactional
  public List<InboundQueue> list() {
    return InboundQueue.listAll(Sort.by("name"));
  }

  /** One queue. */
  @Transactional
  public InboundQueue get(long id) {
    InboundQueue queue = InboundQueue.findById(id);
    if (queue == null) {
      throw new NotFoundProblem("Queue", id);
    }
    return queue;
  }

  /** Creates a queue; names and Asterisk queue names are unique. */
  @Transactional
  public InboundQueue create(QueueDefinition definition) {
    InboundQueue queue = new InboundQueue();
    queue.createdAt = Timestamps.now(clock);
    apply(queue, definition);
    queue.persist();
    return queue;
  }

  /** Replaces a queue's definition. */
  @Transactional
  public InboundQueue update(long id, QueueDefinition definition) {
    InboundQueue queue = get(id);
    apply(queue, definition);
    return queue;
  }

  /** Takes a queue out of service (kept for its history) or back into it. */
  @Transactional
  public InboundQueue setActive(long id, boolean active) {
    InboundQueue queue = get(id);
    queue.active = active;
    queue.updatedAt = Timestamps.now(clock);
    return queue;
  }

  private void apply(InboundQueue queue, QueueDefinition d) {
    clash("name", d.name(), queue.id);
    clash("asteriskQueue", d.asteriskQueue(), queue.id);
    queue.name = d.name();
    queue.asteriskQueue = d.asteriskQueue();
    queue.strategy = d.strategy();
    queue.serviceLevelPercent = d.serviceLevelPercent();
    queue.serviceLevelSeconds = d.serviceLevelSeconds();
    queue.wrapUpSeconds = d.wrapUpSeconds();
    queue.ringTimeoutSeconds = d.ringTimeoutSeconds();
    queue.recording = d.recording();
    queue.updatedAt = Timestamps.now(clock);
  }

  private static void clash(String field, String value, Long self) {
    InboundQueue other = InboundQueue.find(field, value).firstResult();
    if (other != null && !other.id.equals(self)) {
      throw new ConflictProblem("A queue with " + field + " '" + value + "' already exists");
    }
  }
}
