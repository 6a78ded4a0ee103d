package org.blenddialer.core.pacing;

import java.util.ArrayList;
import java.util.List;
import org.blenddialer.core.agent.Agent;
import org.blenddialer.core.agent.AgentMode;
import org.blenddialer.core.agent.AgentSkill;
import org.blenddialer.core.agent.CallDirection;
import org.blenddialer.core.estimate.OutboundEstimator;
import org.blenddialer.core.estimate.OutboundEstimator.OutboundPrior;

/** Hand-built pacing snapshots: free and busy agents, dials in flight. */
final class Snapshots {

  private Snapshots() {}

  static final OutboundEstimator ESTIMATES =
      new OutboundEstimator(new OutboundPrior(0.3, 10, 20, 180));

  record Dialed(double dialedAt) implements DialAttempt {}

  static List<Agent> agents(int free, int busy, double busySince, double now) {
    List<Agent> agents = new ArrayList<>();
    for (int i = 0; i < free + busy; i++) {
      Agent agent = new Agent("a" + i, "team", AgentSkill.OUTBOUND_ONLY);
      agent.logIn(0);
      agent.switchMode(AgentMode.OUTBOUND, 0);
      if (i >= free) {
        agent.connect(CallDirection.OUTBOUND, busySince);
      }
      agents.add(agent);
    }
    return agents;
  }

  static List<Dialed> dials(int count, double dialedAt) {
    List<Dialed> dials = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      dials.add(new Dialed(dialedAt));
    }
    return dials;
  }

  static PacingSnapshot snapshot(
      int free, int busy, double busySince, int inFlight, DropBudget budget) {
    return snapshot(free, busy, busySince, inFlight, budget, ESTIMATES);
  }

  static PacingSnapshot snapshot(
      int free,
      int busy,
      double busySince,
      int inFlight,
      DropBudget budget,
      OutboundEstimator estimates) {
    double now = 1000;
    return new PacingSnapshot(
        now,
        "sales",
        free,
        agents(free, busy, busySince, now),
        dials(inFlight, now - 3),
        0,
        busy,
        estimates,
        budget,
        10_000,
        InboundPressure.NONE);
  }

  static PacingSnapshot snapshot(int free, int busy, int inFlight) {
    return snapshot(free, busy, 990, inFlight, DropBudget.fresh(0.03));
  }
}
