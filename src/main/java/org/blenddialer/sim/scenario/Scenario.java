package org.blenddialer.sim.scenario;

import java.util.List;
import java.util.Objects;
import org.blenddialer.core.blending.ServiceLevelTarget;

/**
 * A call centre to simulate: its day, its callers, agents and campaigns, the policies to compare
 * and how to replicate. Built from a file by the command line, or from its own data by the
 * service's what-if tool.
 *
 * @param name scenario name
 * @param periods length of each period of the day in seconds; the day is their sum
 * @param callTypes inbound call types
 * @param agentGroups agent teams
 * @param blendTakesInboundFirst whether a free blended agent takes a waiting caller before a
 *     waiting live answer (otherwise the reverse)
 * @param queueCapacity most inbound callers that may wait; further callers get busy
 * @param campaigns outbound campaigns
 * @param serviceLevel the inbound service-level goal (also what dynamic blending aims for)
 * @param warmUp seconds at the start of each day left out of the statistics
 * @param days replicated days
 * @param seed master seed of the random streams
 * @param decisionInterval seconds between the engine's ticks (it also decides on events)
 * @param policies policies to compare
 */
public record Scenario(
    String name,
    List<Double> periods,
    List<InboundCallType> callTypes,
    List<AgentGroup> agentGroups,
    boolean blendTakesInboundFirst,
    int queueCapacity,
    List<OutboundCampaign> campaigns,
    ServiceLevelTarget serviceLevel,
    double warmUp,
    int days,
    long seed,
    double decisionInterval,
    List<PolicySpec> policies) {

  public Scenario {
    Objects.requireNonNull(name, "name");
    periods = List.copyOf(periods);
    callTypes = List.copyOf(callTypes);
    agentGroups = List.copyOf(agentGroups);
    campaigns = List.copyOf(campaigns);
    policies = List.copyOf(policies);
    Objects.requireNonNull(serviceLevel, "serviceLevel");
    if (periods.isEmpty() || periods.stream().anyMatch(p -> !(p > 0))) {
      throw new IllegalArgumentException("need at least one period, each longer than 0 s");
    }
    if (agentGroups.isEmpty()) {
      throw new IllegalArgumentException("need at least one agent group");
    }
    if (queueCapacity < 0 || days < 1 || !(warmUp >= 0) || !(decisionInterval > 0)) {
      throw new IllegalArgumentException(
          "need queue capacity >= 0, days >= 1, warm-up >= 0, decision interval > 0");
    }
    if (warmUp >= dayLength(periods)) {
      throw new IllegalArgumentException("warm-up must be shorter than the day");
    }
  }

  /** Seconds from opening to closing. */
  public double dayLength() {
    return dayLength(periods);
  }

  /** The period a moment of the day falls in. */
  public int periodAt(double time) {
    double end = 0;
    for (int i = 0; i < periods.size(); i++) {
      end += periods.get(i);
      if (time < end) {
        return i;
      }
    }
    return periods.size() - 1;
  }

  /** The policy with the given name. */
  public PolicySpec policy(String policyName) {
    return policies.stream()
        .filter(p -> p.name().equals(policyName))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no policy "
                        + policyName
                        + " in scenario "
                        + name
                        + "; it has "
                        + policies.stream().map(PolicySpec::name).toList()));
  }

  /** The same scenario with other replication settings (the command line's --days/--seed). */
  public Scenario withReplications(int newDays, long newSeed) {
    return new Scenario(
        name,
        periods,
        callTypes,
        agentGroups,
        blendTakesInboundFirst,
        queueCapacity,
        campaigns,
        serviceLevel,
        warmUp,
        newDays,
        newSeed,
        decisionInterval,
        policies);
  }

  private static double dayLength(List<Double> periods) {
    return periods.stream().mapToDouble(Double::doubleValue).sum();
  }
}
