package org.blenddialer.agents.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.InstantSource;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.blenddialer.acd.persistence.InboundQueue;
import org.blenddialer.agents.persistence.Agent;
import org.blenddialer.agents.persistence.QueueSkill;
import org.blenddialer.agents.rest.AgentDefinition;
import org.blenddialer.audit.service.AuditEntry;
import org.blenddialer.audit.service.AuditTrail;
import org.blenddialer.platform.error.ConflictProblem;
import org.blenddialer.platform.error.InvalidInputProblem;
import org.blenddialer.platform.error.NotFoundProblem;
import org.blenddialer.platform.security.CurrentActor;
import org.blenddialer.platform.time.Timestamps;
import org.blenddialer.users.Role;
import org.blenddialer.users.persistence.UserAccount;

/** Defines agents: who they are, which phone rings, which modes and queues they may work. */
@ApplicationScoped
public class AgentService {

  private final InstantSource clock;
  private final AuditTrail audit;
  private final CurrentActor actor;

  AgentService(InstantSource clock, AuditTrail audit, CurrentActor actor) {
    this.clock = clock;
    this.audit = audit;
    this.actor = actor;
  }

  /** All agents, by display name. */
  @Transactional
  public List<Agent> list() {
    return Agent.listAll(Sort.by("displayName"));
  }

  /** One agent. */
  @Transactional
  public Agent get(long id) {
    Agent agent = Agent.findById(id);
    if (agent == null) {
      throw new NotFoundProblem("Agent", id);
    }
    return agent;
  }

  /** Creates an agent for a user holding the AGENT role. */
  @Transactional
  public Agent create(AgentDefinition definition) {
    if (Agent.findByUser(definition.userId()) != null) {
      throw new ConflictProblem("User " + definition.userId() + " already is an agent");
    }
    Agent agent = new Agent();
    agent.createdAt = Timestamps.now(clock);
    apply(agent, definition);
    agent.persist();
    audited("agent.created", agent);
    return agent;
  }

  /** Replaces an agent's definition. */
  @Transactional
  public Agent update(long id, AgentDefinition definition) {
    Agent agent = get(id);
    if (!agent.user.id.equals(definition.userId())) {
      throw InvalidInputProblem.ofField("userId", "an agent's user cannot be changed");
    }
    apply(agent, definition);
    audited("agent.updated", agent);
    return agent;
  }

  /** Takes an agent out of service or back into it. */
  @Transactional
  public Agent setActive(long id, boolean active) {
    Agent agent = get(id);
    agent.active = active;
    agent.updatedAt = Timestamps.now(clock);
    audited(active ? "agent.activated" : "agent.deactivated", agent);
    return agent;
  }

  /** Records a definition change with what the agent may now do. */
  private void audited(String action, Agent a) {
    audit.append(
        AuditEntry.of(actor.name(), action)
            .subject("agent", a.id)
            .detail("user", a.user.username)
            .detail("displayName", a.displayName)
            .detail("device", a.device)
            .detail("modes", new TreeSet<>(a.allowedModes()))
            .detail(
                "skills",
                a.skills.stream()
                    .map(s -> s.queueId + ":" + s.penalty)
                    .sorted()
                    .collect(Collectors.joining(",")))
            .detail("active", a.active));
  }

  private void apply(Agent agent, AgentDefinition d) {
    UserAccount user = UserAccount.findById(d.userId());
    if (user == null) {
      throw InvalidInputProblem.ofField("userId", "no user " + d.userId());
    }
    if (!user.roles.contains(Role.AGENT)) {
      throw InvalidInputProblem.ofField(
          "userId", "user '" + user.username + "' lacks the AGENT role");
    }
    Agent sameDevice = Agent.find("device", d.device()).firstResult();
    if (sameDevice != null && !sameDevice.id.equals(agent.id)) {
      throw new ConflictProblem("Device " + d.device() + " already belongs to another agent");
    }
    Set<QueueSkill> skills = new HashSet<>();
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < d.skills().size(); i++) {
      AgentDefinition.Skill skill = d.skills().get(i);
      if (InboundQueue.findById(skill.queueId()) == null) {
        throw InvalidInputProblem.ofField(
            "skills[" + i + "].queueId", "no queue " + skill.queueId());
      }
      if (!seen.add(skill.queueId())) {
        throw InvalidInputProblem.ofField(
            "skills[" + i + "].queueId", "queue " + skill.queueId() + " is listed twice");
      }
      skills.add(new QueueSkill(skill.queueId(), skill.penalty()));
    }
    agent.user = user;
    agent.displayName = d.displayName();
    agent.device = d.device();
    agent.allowModes(d.allowedModes());
    agent.skills.clear();
    agent.skills.addAll(skills);
    agent.updatedAt = Timestamps.now(clock);
  }
}
