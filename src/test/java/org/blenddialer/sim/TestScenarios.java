package org.blenddialer.sim;

import java.util.List;
import org.blenddialer.core.agent.AgentSkill;
import org.blenddialer.core.blending.ServiceLevelTarget;
import org.blenddialer.core.estimate.OutboundEstimator.OutboundPrior;
import org.blenddialer.sim.scenario.AgentGroup;
import org.blenddialer.sim.scenario.BlendingSpec;
import org.blenddialer.sim.scenario.InboundCallType;
import org.blenddialer.sim.scenario.OutboundCampaign;
import org.blenddialer.sim.scenario.PacingSpec;
import org.blenddialer.sim.scenario.PerPeriod;
import org.blenddialer.sim.scenario.PolicySpec;
import org.blenddialer.sim.scenario.Scenario;

/** Small scenarios for the simulator's tests, built in code. */
final class TestScenarios {

  private TestScenarios() {}

  static final ServiceLevelTarget EIGHTY_IN_TWENTY = new ServiceLevelTarget(0.8, 20);

  /** An inbound-only centre: M/M/N, or M/M/N+M when patience is given. */
  static Scenario inboundOnly(
      int agents,
      double callsPerHour,
      double handleTime,
      Distribution patience,
      double hours,
      int days,
      long seed) {
    InboundCallType calls =
        new InboundCallType(
            "calls",
            PerPeriod.constant(callsPerHour),
            0,
            0,
            patience,
            new Distribution.Exponential(handleTime),
            null);
    return new Scenario(
        "mmn",
        List.of(hours * 3600),
        List.of(calls),
        List.of(new AgentGroup("inbound", AgentSkill.INBOUND_ONLY, PerPeriod.constant(agents))),
        true,
        100_000,
        List.of(),
        EIGHTY_IN_TWENTY,
        7200,
        days,
        seed,
        1.0,
        List.of(new PolicySpec("none", new BlendingSpec.None(), new PacingSpec.Progressive(), 0)));
  }

  /** An outbound campaign with the benchmark's shape. */
  static OutboundCampaign campaign(double liveAnswer, Distribution ringTime, Distribution handle) {
    return new OutboundCampaign(
        "sales",
        PerPeriod.constant(liveAnswer),
        ringTime,
        20,
        0,
        1,
        null,
        handle,
        null,
        null,
        2,
        0,
        Double.MAX_VALUE,
        0.03,
        new OutboundPrior(0.25, 10, 20, 150));
  }

  /** An outbound-only centre with one campaign and the given policy. */
  static Scenario outboundOnly(
      int agents, OutboundCampaign campaign, PolicySpec policy, double hours, int days, long seed) {
    return new Scenario(
        "outbound",
        List.of(hours * 3600),
        List.of(),
        List.of(new AgentGroup("outbound", AgentSkill.OUTBOUND_ONLY, PerPeriod.constant(agents))),
        true,
        0,
        List.of(campaign),
        EIGHTY_IN_TWENTY,
        1800,
        days,
        seed,
        1.0,
        List.of(policy));
  }

  /** All agents blended; inbound load 0.75 N Erlangs, patience mean 120 s. */
  static Scenario blended(int agents, List<PolicySpec> policies, int days, long seed) {
    InboundCallType calls =
        new InboundCallType(
            "calls",
            PerPeriod.constant(0.75 * agents * 3600 / 180),
            0,
            0,
            new Distribution.Exponential(120),
            new Distribution.Exponential(180),
            null);
    return new Scenario(
        "blended",
        List.of(8 * 3600.0),
        List.of(calls),
        List.of(new AgentGroup("blend", AgentSkill.BLEND, PerPeriod.constant(agents))),
        true,
        100_000,
        List.of(campaign(0.3, new Distribution.Exponential(10), new Distribution.Exponential(180))),
        EIGHTY_IN_TWENTY,
        1800,
        days,
        seed,
        1.0,
        policies);
  }

  static PolicySpec pacing(String name, PacingSpec pacing) {
    return new PolicySpec(name, new BlendingSpec.None(), pacing, 0);
  }
}
