package org.blenddialer.agents.rest;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.blenddialer.agents.persistence.Agent;
import org.blenddialer.core.agent.AgentMode;

/**
 * An agent as the API shows them.
 *
 * @param id agent id
 * @param userId the user who logs in as this agent
 * @param username that user's login name
 * @param displayName name supervisors see
 * @param device Asterisk interface of the agent's phone
 * @param allowedModes modes the agent may choose
 * @param skills queues served with penalties
 * @param active whether the agent may log in
 */
public record AgentView(
    long id,
    long userId,
    String username,
    String displayName,
    String device,
    Set<AgentMode> allowedModes,
    List<AgentDefinition.Skill> skills,
    boolean active) {

  /** Maps an agent to its view. */
  public static AgentView of(Agent a) {
    return new AgentView(
        a.id,
        a.user.id,
        a.user.username,
        a.displayName,
        a.device,
        new TreeSet<>(a.allowedModes()),
        a.skills.stream()
            .map(s -> new AgentDefinition.Skill(s.queueId, s.penalty))
            .sorted(Comparator.comparing(AgentDefinition.Skill::queueId))
            .toList(),
        a.active);
  }
}
