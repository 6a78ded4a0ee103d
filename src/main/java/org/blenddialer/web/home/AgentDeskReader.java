package org.blenddialer.web.home;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.blenddialer.agents.persistence.Agent;
import org.blenddialer.agents.rest.AgentView;

/** Reads the agent record of the logged-in user, for their own desk. */
@ApplicationScoped
public class AgentDeskReader {

  /** The user's agent record, if an administrator made them an agent. */
  @Transactional
  public Optional<AgentView> agentOf(long userId) {
    return Optional.ofNullable(Agent.findByUser(userId)).map(AgentView::of);
  }
}
