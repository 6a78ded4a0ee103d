package org.blenddialer.callcontrol.live;

import jakarta.enterprise.context.ApplicationScoped;
import org.blenddialer.acd.service.QueueDirectory;
import org.blenddialer.agents.live.AgentSessions;
import org.blenddialer.agents.live.AgentStatus;
import org.blenddialer.callcontrol.config.CallControlConfig;
import org.blenddialer.compliance.service.PhoneNumbers;
import org.blenddialer.core.agent.AgentState;
import org.blenddialer.platform.error.ConflictProblem;
import org.blenddialer.platform.error.InvalidInputProblem;
import org.blenddialer.platform.error.NotFoundProblem;
import org.blenddialer.telephony.TransferTarget;

/**
 * Turns what an agent asks for (an agent id, a queue or a number) into a target the PBX can dial,
 * refusing, before anything is sent to the PBX, targets that do not exist or cannot take the call.
 */
@ApplicationScoped
public class TransferTargets {

  /**
   * A target checked and ready.
   *
   * @param target what the PBX dials
   * @param agentId the receiving agent, for an agent target
   */
  public record Resolved(TransferTarget target, Long agentId) {}

  private final AgentSessions sessions;
  private final QueueDirectory queues;
  private final PhoneNumbers numbers;
  private final CallControlConfig config;

  TransferTargets(
      AgentSessions sessions,
      QueueDirectory queues,
      PhoneNumbers numbers,
      CallControlConfig config) {
    this.sessions = sessions;
    this.queues = queues;
    this.numbers = numbers;
    this.config = config;
  }

  /** Exactly one of the three; {@code fromAgentId} may not hand a call to themselves. */
  public Resolved resolve(Long agentId, String queue, String number, long fromAgentId) {
    int given = (agentId != null ? 1 : 0) + (present(queue) ? 1 : 0) + (present(number) ? 1 : 0);
    if (given != 1) {
      throw InvalidInputProblem.ofField("target", "give exactly one of agentId, queue or number");
    }
    if (agentId != null) {
      AgentStatus s = sessions.status(agentId);
      if (agentId == fromAgentId) {
        throw new ConflictProblem("a call cannot be handed to the agent who has it");
      }
      if (s.state() == AgentState.LOGGED_OUT) {
        throw new ConflictProblem("agent " + agentId + " (" + s.displayName() + ") is offline");
      }
      if (s.callDetails() != null || s.state() == AgentState.RINGING) {
        throw new ConflictProblem(
            "agent " + agentId + " (" + s.displayName() + ") is on another call");
      }
      return new Resolved(new TransferTarget(TransferTarget.Kind.AGENT, s.device(), ""), agentId);
    }
    if (present(queue)) {
      String q = queue.trim();
      if (queues.inbound(q).isEmpty()) {
        throw new NotFoundProblem("Queue", q);
      }
      return new Resolved(new TransferTarget(TransferTarget.Kind.QUEUE, q, ""), null);
    }
    String e164 = numbers.e164("number", number.trim());
    return new Resolved(
        new TransferTarget(TransferTarget.Kind.EXTERNAL, e164, config.externalTrunk()), null);
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }
}
