package org.blenddialer.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.blenddialer.sim.result.DayResult;
import org.blenddialer.sim.result.Estimate;
import org.blenddialer.sim.result.PolicyResult;
import org.blenddialer.sim.scenario.OutboundCampaign;
import org.blenddialer.sim.scenario.PolicySpec;
import org.blenddialer.sim.scenario.Scenario;

/**
 * The simulator as a library: a scenario and a policy in, results with confidence intervals out.
 * Every day is a fresh call centre with fresh policy objects; day {@code d} draws the same random
 * inputs under every policy, so policies are compared on identical callers and callees.
 */
public final class Simulator {

  private Simulator() {}

  /** Simulates one day of the scenario under the policy. */
  public static DayResult simulateDay(Scenario scenario, PolicySpec policy, int day) {
    return new CallCentreDay(scenario, policy, day).run();
  }

  /** Simulates the scenario's replicated days under one policy. */
  public static PolicyResult simulate(Scenario scenario, PolicySpec policy) {
    List<DayResult> days = new ArrayList<>(scenario.days());
    for (int d = 0; d < scenario.days(); d++) {
      days.add(simulateDay(scenario, policy, d));
    }
    return summarise(scenario, policy.name(), days);
  }

  /** Simulates every policy the scenario lists. */
  public static List<PolicyResult> simulateAll(Scenario scenario) {
    List<PolicyResult> results = new ArrayList<>();
    for (PolicySpec policy : scenario.policies()) {
      results.add(simulate(scenario, policy));
    }
    return results;
  }

  /** Sums up daily results. */
  public static PolicyResult summarise(Scenario scenario, String policy, List<DayResult> days) {
    double cap =
        scenario.campaigns().stream()
            .mapToDouble(OutboundCampaign::maxAbandonRate)
            .min()
            .orElse(1.0);
    long answers = 0;
    long abandoned = 0;
    long events = 0;
    int withinCap = 0;
    int meetingTarget = 0;
    for (DayResult day : days) {
      answers += day.liveAnswers();
      abandoned += day.outboundAbandoned();
      events += day.events();
      if (day.outboundAbandonRate() <= cap + 1e-12) {
        withinCap++;
      }
      if (day.serviceLevel() >= scenario.serviceLevel().share() - 1e-12) {
        meetingTarget++;
      }
    }
    Map<String, Estimate> byGroup = new HashMap<>();
    for (String group : days.get(0).occupancyByGroup().keySet()) {
      byGroup.put(group, estimate(days, d -> d.occupancyByGroup().get(group)));
    }
    return new PolicyResult(
        scenario.name(),
        policy,
        days,
        estimate(days, DayResult::inboundArrivals),
        estimate(days, DayResult::inboundServed),
        estimate(days, DayResult::inboundAbandoned),
        estimate(days, DayResult::serviceLevel),
        estimate(days, DayResult::averageSpeedOfAnswer),
        estimate(days, DayResult::outboundDials),
        estimate(days, DayResult::liveAnswers),
        estimate(days, DayResult::outboundAbandoned),
        estimate(days, DayResult::outboundServed),
        estimate(days, DayResult::outboundAbandonRate),
        answers > 0 ? (double) abandoned / answers : 0.0,
        (double) withinCap / days.size(),
        (double) meetingTarget / days.size(),
        estimate(days, DayResult::occupancy),
        byGroup,
        estimate(days, DayResult::connectsPerAgentHour),
        estimate(days, DayResult::averageInboundQueue),
        estimate(days, DayResult::averageAnswersWaiting),
        events);
  }

  private static Estimate estimate(List<DayResult> days, ToDoubleFunction<DayResult> metric) {
    double[] values = new double[days.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = metric.applyAsDouble(days.get(i));
    }
    return Estimate.of(values);
  }
}
