package org.blenddialer.agents.live;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.blenddialer.acd.persistence.ModeSwitch;
import org.blenddialer.acd.persistence.PauseReason;
import org.blenddialer.acd.service.QueueDirectory;
import org.blenddialer.agents.persistence.Agent;
import org.blenddialer.agents.persistence.QueueSkill;
import org.blenddialer.core.agent.AgentMode;
import org.blenddialer.core.campaign.PreviewRouting;
import org.blenddialer.platform.error.ConflictProblem;
import org.blenddialer.platform.error.InvalidInputProblem;
import org.blenddialer.platform.error.NotFoundProblem;

/**
 * What the live sessions read from and write to the database: agents' definitions, the queues a
 * login joins, the configured pause reasons, and the mode-switch log.
 */
@ApplicationScoped
public class AgentRoster {

  private final QueueDirectory queues;
  private final InstantSource clock;

  AgentRoster(QueueDirectory queues, InstantSource clock) {
    this.queues = queues;
    this.clock = clock;
  }

  /** An agent's definition as a login needs it. */
  record Definition(
      long id,
      String username,
      String displayName,
      String device,
      boolean active,
      Set<AgentMode> allowed,
      List<QueueSkill> skills) {}

  /** The agent id of a user (by login name), if the user is an agent. */
  public Optional<Long> agentIdOfUsername(String username) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                Agent.<Agent>find("user.username", username).firstResultOptional().map(a -> a.id));
  }

  List<Membership> membershipsFor(Definition d, AgentMode mode, List<String> only) {
    Map<String, QueueDirectory.QueueInfo> inbound = queues.inboundQueues();
    Map<Long, QueueDirectory.QueueInfo> byQueueId = new HashMap<>();
    inbound.values().forEach(q -> byQueueId.put(q.id(), q));
    Set<String> served = new HashSet<>();
    d.skills()
        .forEach(
            s ->
                Optional.ofNullable(byQueueId.get(s.queueId))
                    .ifPresent(q -> served.add(q.asteriskQueue())));
    if (only != null) {
      for (int i = 0; i < only.size(); i++) {
        String q = only.get(i);
        if (!inbound.containsKey(q)) {
          throw new NotFoundProblem("Queue", q);
        }
        if (!served.contains(q)) {
          throw InvalidInputProblem.ofField(
              "queues[" + i + "]", "agent " + d.id() + " does not serve queue " + q);
        }
      }
    }
    List<Membership> out = new ArrayList<>();
    Set<Long> skillQueueIds = new HashSet<>();
    if (mode != AgentMode.OUTBOUND) {
      for (QueueSkill s : d.skills()) {
        QueueDirectory.QueueInfo q = byQueueId.get(s.queueId);
        if (q != null && q.active() && (only == null || only.contains(q.asteriskQueue()))) {
          out.add(new Membership(q.asteriskQueue(), Membership.Kind.INBOUND, s.penalty, false));
        }
      }
    }
    d.skills().forEach(s -> skillQueueIds.add(s.queueId));
    if (mode != AgentMode.INBOUND) {
      for (QueueDirectory.CampaignQueue c : queues.campaignsServing(skillQueueIds)) {
        // In a preview campaign's queue each agent has a penalty of their own, so that the call
        // an agent dials rings that agent only (PreviewRouting).
        int penalty = c.preview() ? PreviewRouting.memberPenalty(d.id()) : 0;
        out.add(new Membership(c.asteriskQueue(), Membership.Kind.OUTBOUND, penalty, false));
      }
    }
    if (out.isEmpty()) {
      throw new ConflictProblem(
          "agent " + d.id() + " has no active queue to serve in " + mode + " mode");
    }
    return out;
  }

  Definition definition(long agentId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Agent a = Agent.findById(agentId);
              if (a == null) {
                throw new NotFoundProblem("Agent", agentId);
              }
              return new Definition(
                  a.id,
                  a.user.username,
                  a.displayName,
                  a.device,
                  a.active,
                  a.allowedModes(),
                  List.copyOf(a.skills));
            });
  }

  static PauseReason pauseReason(String code) {
    if (code == null || code.isBlank()) {
      throw InvalidInputProblem.ofField("reason", "a pause needs a reason code");
    }
    PauseReason reason =
        QuarkusTransaction.requiringNew().call(() -> PauseReason.findByCode(code.trim()));
    if (reason == null || !reason.active) {
      throw InvalidInputProblem.ofField(
          "reason", "'" + code + "' is not one of the configured pause reasons");
    }
    return reason;
  }

  void recordModeSwitch(long agentId, AgentMode from, AgentMode to, String by, String reason) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              ModeSwitch s = new ModeSwitch();
              s.agentId = agentId;
              s.switchedAt = clock.instant();
              s.fromMode = from;
              s.toMode = to;
              s.switchedBy = by.length() > 64 ? by.substring(0, 64) : by;
              s.reason = reason.length() > 400 ? reason.substring(0, 400) : reason;
              s.persist();
            });
  }
}
