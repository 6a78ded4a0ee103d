package org.blenddialer.agents.live;

import java.util.Set;
import org.blenddialer.core.agent.Agent;
import org.blenddialer.core.agent.AgentMode;
import org.blenddialer.core.agent.AgentSkill;
import org.blenddialer.core.agent.AgentState;
import org.blenddialer.core.agent.AgentView;
import org.blenddialer.core.agent.CallDirection;

/**
 * A logged-in agent as the dialer's decision sees them: their state machine, and the campaign
 * queues they are a member of (their skills), so that they only count for campaigns they may work.
 */
record SkilledAgentView(Agent machine, Set<String> campaignQueues) implements AgentView {

  static SkilledAgentView of(LiveAgent agent) {
    Set<String> queues = new java.util.HashSet<>();
    for (Membership m : agent.memberships) {
      if (m.kind == Membership.Kind.OUTBOUND) {
        queues.add(m.queue);
      }
    }
    return new SkilledAgentView(agent.machine, Set.copyOf(queues));
  }

  @Override
  public boolean mayWork(String campaignQueue) {
    return campaignQueues.contains(campaignQueue);
  }

  @Override
  public String id() {
    return machine.id();
  }

  @Override
  public String group() {
    return machine.group();
  }

  @Override
  public AgentSkill skill() {
    return machine.skill();
  }

  @Override
  public AgentMode mode() {
    return machine.mode();
  }

  @Override
  public AgentState state() {
    return machine.state();
  }

  @Override
  public double modeSince() {
    return machine.modeSince();
  }

  @Override
  public double callStartedAt() {
    return machine.callStartedAt();
  }

  @Override
  public CallDirection callDirection() {
    return machine.callDirection();
  }
}
