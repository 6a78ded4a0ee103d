package org.blenddialer.sim.scenario;

import java.util.Objects;
import org.blenddialer.core.agent.AgentSkill;

/** A team of agents with one skill and a head count per period. */
public record AgentGroup(String name, AgentSkill skill, PerPeriod staffing) {

  public AgentGroup {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(skill, "skill");
    Objects.requireNonNull(staffing, "staffing");
  }

  /** Agents logged in during a period. */
  public int staffedIn(int period) {
    return (int) Math.round(staffing.at(period));
  }
}
