package org.blenddialer.acd.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.blenddialer.acd.persistence.PauseReason;
import org.blenddialer.acd.rest.PauseReasonDefinition;
import org.blenddialer.audit.service.AuditEntry;
import org.blenddialer.audit.service.AuditTrail;
import org.blenddialer.platform.error.ConflictProblem;
import org.blenddialer.platform.error.NotFoundProblem;
import org.blenddialer.platform.security.CurrentActor;

/** The configured list of pause reasons agents choose from. */
@ApplicationScoped
public class PauseReasonService {

  private final AuditTrail audit;
  private final CurrentActor actor;

  PauseReasonService(AuditTrail audit, CurrentActor actor) {
    this.audit = audit;
    this.actor = actor;
  }

  /** All reasons, by code. */
  @Transactional
  public List<PauseReason> list() {
    return PauseReason.listAll(Sort.by("code"));
  }

  /** One reason. */
  @Transactional
  public PauseReason get(long id) {
    PauseReason reason = PauseReason.findById(id);
    if (reason == null) {
      throw new NotFoundProblem("Pause reason", id);
    }
    return reason;
  }

  /** Creates a reason; codes are unique. */
  @Transactional
  public PauseReason create(PauseReasonDefinition definition) {
    PauseReason reason = new PauseReason();
    apply(reason, definition);
    reason.persist();
    audited("pause-reason.created", reason);
    return reason;
  }

  /** Replaces a reason's definition. */
  @Transactional
  public PauseReason update(long id, PauseReasonDefinition definition) {
    PauseReason reason = get(id);
    apply(reason, definition);
    audited("pause-reason.updated", reason);
    return reason;
  }

  private void audited(String action, PauseReason r) {
    audit.append(
        AuditEntry.of(actor.name(), action)
            .subject("pause-reason", r.id)
            .detail("code", r.code)
            .detail("label", r.label)
            .detail("paid", r.paid)
            .detail("maxMinutes", r.maxMinutes)
            .detail("active", r.active));
  }

  private static void apply(PauseReason reason, PauseReasonDefinition d) {
    PauseReason other = PauseReason.findByCode(d.code());
    if (other != null && !other.id.equals(reason.id)) {
      throw new ConflictProblem("A pause reason with code '" + d.code() + "' already exists");
    }
    reason.code = d.code();
    reason.label = d.label();
    reason.paid = d.paid();
    reason.maxMinutes = d.maxMinutes();
    reason.active = d.active() == null || d.active();
  }
}
