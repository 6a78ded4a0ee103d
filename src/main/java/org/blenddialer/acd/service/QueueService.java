package org.blenddialer.acd.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.InstantSource;
import java.util.List;
import org.blenddialer.acd.persistence.InboundQueue;
import org.blenddialer.acd.rest.QueueDefinition;
import org.blenddialer.audit.service.AuditEntry;
import org.blenddialer.audit.service.AuditTrail;
import org.blenddialer.core.ivr.QueueAnnouncements;
import org.blenddialer.platform.error.ConflictProblem;
import org.blenddialer.platform.error.InvalidInputProblem;
import org.blenddialer.platform.error.NotFoundProblem;
import org.blenddialer.platform.security.CurrentActor;
import org.blenddialer.platform.time.Timestamps;

/** Defines inbound queues. */
@ApplicationScoped
public class QueueService {

  private final InstantSource clock;
  private final AuditTrail audit;
  private final CurrentActor actor;

  private final Event<QueueDirectory.DefinitionsChanged> changed;

  QueueService(
      InstantSource clock,
      AuditTrail audit,
      CurrentActor actor,
      Event<QueueDirectory.DefinitionsChanged> changed) {
    this.clock = clock;
    this.audit = audit;
    this.actor = actor;
    this.changed = changed;
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
    audited("queue.created", queue);
    return queue;
  }

  /** Replaces a queue's definition. */
  @Transactional
  public InboundQueue update(long id, QueueDefinition definition) {
    InboundQueue queue = get(id);
    apply(queue, definition);
    audited("queue.updated", queue);
    return queue;
  }

  /** Takes a queue out of service (kept for its history) or back into it. */
  @Transactional
  public InboundQueue setActive(long id, boolean active) {
    InboundQueue queue = get(id);
    queue.active = active;
    queue.updatedAt = Timestamps.now(clock);
    audited(active ? "queue.activated" : "queue.deactivated", queue);
    return queue;
  }

  /** Records a definition change with the settings a supervisor answers for. */
  private void audited(String action, InboundQueue q) {
    changed.fire(new QueueDirectory.DefinitionsChanged("queue", q.id));
    audit.append(
        AuditEntry.of(actor.name(), action)
            .subject("queue", q.id)
            .detail("name", q.name)
            .detail("asteriskQueue", q.asteriskQueue)
            .detail("strategy", q.strategy)
            .detail("serviceLevel", q.serviceLevelPercent + "% in " + q.serviceLevelSeconds + " s")
            .detail("wrapUpSeconds", q.wrapUpSeconds)
            .detail("ringTimeoutSeconds", q.ringTimeoutSeconds)
            .detail("recording", q.recording)
            .detail("announcements", q.announcements().toString())
            .detail("active", q.active));
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
    if (d.announcements() != null) {
      QueueAnnouncements a = announcements(d.announcements());
      queue.announcePosition = a.position();
      queue.announcePositionLimit = a.positionLimit();
      queue.announceHoldTime = a.holdTime();
      queue.announceFrequencySeconds = a.frequencySeconds();
      queue.periodicAnnounce = a.periodicSound();
      queue.periodicAnnounceSeconds = a.periodicFrequencySeconds();
    }
    queue.updatedAt = Timestamps.now(clock);
  }

  /** The announcements asked for, checked as queues.conf will need them (400 at the field). */
  static QueueAnnouncements announcements(QueueDefinition.Announcements a) {
    QueueAnnouncements.Position position =
        choice(a.position(), QueueAnnouncements.Position.class, "position");
    QueueAnnouncements.HoldTime hold =
        choice(a.holdTime(), QueueAnnouncements.HoldTime.class, "holdTime");
    try {
      return new QueueAnnouncements(
          position,
          a.positionLimit() == null ? 0 : a.positionLimit(),
          hold,
          a.frequencySeconds() == null ? 0 : a.frequencySeconds(),
          a.periodicSound(),
          a.periodicFrequencySeconds() == null ? 0 : a.periodicFrequencySeconds());
    } catch (QueueAnnouncements.Invalid e) {
      throw InvalidInputProblem.ofField(
          "announcements." + e.field(), e.getMessage().substring(e.field().length() + 2));
    }
  }

  private static <E extends Enum<E>> E choice(String value, Class<E> type, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInputProblem.ofField(
          "announcements." + field, "one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }

  private static void clash(String field, String value, Long self) {
    InboundQueue other = InboundQueue.find(field, value).firstResult();
    if (other != null && !other.id.equals(self)) {
      throw new ConflictProblem("A queue with " + field + " '" + value + "' already exists");
    }
  }
}
