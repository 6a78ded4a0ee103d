package org.blenddialer.web.whatif;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import org.blenddialer.core.agent.AgentSkill;
import org.blenddialer.core.blending.DynamicReserve;
import org.blenddialer.core.blending.ServiceLevelTarget;
import org.blenddialer.core.estimate.OutboundEstimator.OutboundPrior;
import org.blenddialer.core.pacing.PredictiveSettings;
import org.blenddialer.sim.Distribution;
import org.blenddialer.sim.scenario.AgentGroup;
import org.blenddialer.sim.scenario.BlendingSpec;
import org.blenddialer.sim.scenario.InboundCallType;
import org.blenddialer.sim.scenario.OutboundCampaign;
import org.blenddialer.sim.scenario.PacingSpec;
import org.blenddialer.sim.scenario.PerPeriod;
import org.blenddialer.sim.scenario.PolicySpec;
import org.blenddialer.sim.scenario.Scenario;

/**
 * A centre's own figures for a what-if run, bounded so that one run stays a few seconds of work.
 *
 * @param inboundAgents agents who take inbound calls only
 * @param blendAgents agents who take inbound calls and outbound connects
 * @param callsPerHour forecast inbound calls per hour
 * @param patienceSeconds how long callers wait on average before hanging up
 * @param handleSeconds average handle time of a call (talk and hold)
 * @param answerPercent share of outbound dials a person answers
 * @param pacing how the campaign dials
 * @param serviceLevelPercent target share of callers answered within the acceptable wait
 * @param acceptableWaitSeconds the acceptable wait of the service-level target
 * @param hours length of the working day
 * @param days replicated days (more days, narrower confidence intervals)
 */
public record WhatIfParameters(
    @NotNull @Min(0) @Max(500) Integer inboundAgents,
    @NotNull @Min(0) @Max(500) Integer blendAgents,
    @NotNull @Min(0) @Max(5000) Integer callsPerHour,
    @NotNull @Min(5) @Max(3600) Integer patienceSeconds,
    @NotNull @Min(10) @Max(3600) Integer handleSeconds,
    @NotNull @Min(1) @Max(80) Integer answerPercent,
    @NotNull Pacing pacing,
    @NotNull @Min(50) @Max(99) Integer serviceLevelPercent,
    @NotNull @Min(5) @Max(600) Integer acceptableWaitSeconds,
    @NotNull @Min(1) @Max(12) Integer hours,
    @NotNull @Min(2) @Max(30) Integer days) {

  /** The most agent-hours a run may simulate over all its days. */
  public static final long MAX_AGENT_HOURS = 20_000;

  /** How the campaign dials in the what-if. */
  public enum Pacing {
    PREVIEW,
    PROGRESSIVE,
    POWER,
    PREDICTIVE
  }

  /** A centre needs at least one agent. */
  public boolean hasAgents() {
    return inboundAgents == null || blendAgents == null || inboundAgents + blendAgents > 0;
  }

  /** The run must stay small enough to answer in seconds. */
  public boolean smallEnough() {
    if (inboundAgents == null || blendAgents == null || hours == null || days == null) {
      return true;
    }
    return (long) (inboundAgents + blendAgents) * hours * days <= MAX_AGENT_HOURS;
  }

  /** The simulator's scenario for these figures: one call type, one campaign, one policy. */
  public Scenario scenario(long seed) {
    double handle = handleSeconds;
    double answer = answerPercent / 100.0;
    List<AgentGroup> groups = new ArrayList<>();
    if (inboundAgents > 0) {
      groups.add(
          new AgentGroup("inbound", AgentSkill.INBOUND_ONLY, PerPeriod.constant(inboundAgents)));
    }
    if (blendAgents > 0) {
      groups.add(new AgentGroup("blend", AgentSkill.BLEND, PerPeriod.constant(blendAgents)));
    }
    InboundCallType inbound =
        new InboundCallType(
            "inbound",
            PerPeriod.constant(callsPerHour),
            0,
            0,
            new Distribution.Exponential(patienceSeconds),
            new Distribution.Lognormal(handle, 0.8),
            new Distribution.Constant(10));
    double day = hours * 3600.0;
    OutboundCampaign campaign =
        new OutboundCampaign(
            "campaign",
            PerPeriod.constant(answer),
            new Distribution.Gamma(4, 2.5),
            22,
            Math.min(0.15, 1 - answer),
            0.99,
            new Distribution.Uniform(1.5, 3),
            new Distribution.Lognormal(handle, 0.7),
            new Distribution.Constant(10),
            new Distribution.Uniform(5, 20),
            2,
            0,
            day,
            0.03,
            new OutboundPrior(answer, 10, 22, handle));
    PolicySpec policy =
        new PolicySpec(
            pacing.name().toLowerCase(java.util.Locale.ROOT),
            blendAgents > 0
                ? new BlendingSpec.Dynamic(0, DynamicReserve.Model.POOLED)
                : new BlendingSpec.None(),
            switch (pacing) {
              case PREVIEW -> new PacingSpec.Preview();
              case PROGRESSIVE -> new PacingSpec.Progressive();
              case POWER -> new PacingSpec.Power(2);
              case PREDICTIVE -> new PacingSpec.Predictive(PredictiveSettings.defaults());
            },
            30);
    return new Scenario(
        "what-if",
        List.of(day),
        List.of(inbound),
        groups,
        true,
        1000,
        List.of(campaign),
        new ServiceLevelTarget(serviceLevelPercent / 100.0, acceptableWaitSeconds),
        Math.min(900, day / 4),
        days,
        seed,
        1,
        List.of(policy));
  }
}
