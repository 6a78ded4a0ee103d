package org.blenddialer.acd.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.InstantSource;
import org.blenddialer.acd.persistence.CallDisposition;
import org.blenddialer.acd.persistence.InboundCallRecord;
import org.blenddialer.platform.error.InvalidInputProblem;
import org.blenddialer.platform.error.NotFoundProblem;

/** Agents' dispositions on the inbound calls they answered; each one is a new row. */
@ApplicationScoped
public class DispositionService {

  private final InstantSource clock;

  DispositionService(InstantSource clock) {
    this.clock = clock;
  }

  /** Records a disposition on a call the agent answered (the call must be over). */
  @Transactional
  public CallDisposition set(
      long agentId, String callId, String code, Boolean resolved, String note) {
    if (code == null || code.isBlank() || code.length() > 40) {
      throw InvalidInputProblem.ofField("code", "a disposition code of 1-40 characters");
    }
    if (note != null && note.length() > 500) {
      throw InvalidInputProblem.ofField("note", "at most 500 characters");
    }
    InboundCallRecord call =
        InboundCallRecord.find("callId = ?1 and agentId = ?2", callId, agentId).firstResult();
    if (call == null) {
      throw new NotFoundProblem("Answered call", callId);
    }
    CallDisposition d = new CallDisposition();
    d.pbxServer = call.pbxServer;
    d.callId = call.callId;
    d.agentId = agentId;
    d.code = code.trim();
    d.resolved = resolved;
    d.note = note;
    d.setAt = clock.instant();
    d.persist();
    return d;
  }
}
