package org.blenddialer.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.blenddialer.core.erlang.Erlang;
import org.blenddialer.core.erlang.ErlangA;
import org.blenddialer.sim.result.DayResult;
import org.blenddialer.sim.result.Estimate;
import org.blenddialer.sim.result.PolicyResult;
import org.blenddialer.sim.scenario.PacingSpec;
import org.blenddialer.sim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The simulator against queueing theory, and its reproducibility. */
class SimulatorValidationTest {

  @Test
  void mmnServiceLevelAndSpeedOfAnswerAgreeWithErlangC() {
    int agents = 10;
    double load = 7.5;
    Scenario scenario = TestScenarios.inboundOnly(agents, load / 180 * 3600, 180, null, 10, 40, 11);
    PolicyResult result = Simulator.simulate(scenario, scenario.policies().get(0));

    double level = Erlang.serviceLevel(agents, load, 180, 20);
    double asa = Erlang.averageSpeedOfAnswer(agents, load, 180);
    assertThat(result.serviceLevel().covers(level))
        .as("simulated %s vs Erlang C %.4f", result.serviceLevel(), level)
        .isTrue();
    assertThat(result.averageSpeedOfAnswer().covers(asa))
        .as("simulated %s vs Erlang C %.3f", result.averageSpeedOfAnswer(), asa)
        .isTrue();
    assertThat(result.occupancy().covers(load / agents)).isTrue();
  }

  @Test
  void mmnmAbandonmentAgreesWithErlangA() {
    int agents = 10;
    double load = 10.5;
    Scenario scenario =
        TestScenarios.inboundOnly(
            agents, load / 180 * 3600, 180, new Distribution.Exponential(120), 10, 30, 12);
    PolicyResult result = Simulator.simulate(scenario, scenario.policies().get(0));
    double[] daily =
        result.days().stream()
            .mapToDouble(d -> (double) d.inboundAbandoned() / d.inboundArrivals())
            .toArray();
    Estimate abandon = Estimate.of(daily);
    double expected = new ErlangA(agents, load / 180, 180, 120).abandonProbability();
    assertThat(abandon.covers(expected))
        .as("simulated %s vs Erlang A %.4f", abandon, expected)
        .isTrue();
  }

  @Test
  void progressiveOccupancyAgreesWithItsClosedForm() {
    double handle = 180;
    double p = 0.3;
    double timeout = 20;
    Distribution ring = new Distribution.Uniform(5, 15);
    Scenario scenario =
        TestScenarios.outboundOnly(
            20,
            TestScenarios.campaign(p, ring, new Distribution.Exponential(handle)),
            TestScenarios.pacing("progressive", new PacingSpec.Progressive()),
            8,
            20,
            13);
    PolicyResult result = Simulator.simulate(scenario, scenario.policies().get(0));
    double closedForm = handle / (handle + (1 / p - 1) * timeout + ring.mean());
    assertThat(result.occupancy().covers(closedForm))
        .as("simulated %s vs closed form %.4f", result.occupancy(), closedForm)
        .isTrue();
    assertThat(result.outboundAbandoned().mean()).isZero();
  }

  @Test
  void theSameSeedGivesTheSameDaysAndAnotherSeedOtherDays() {
    Scenario blended =
        TestScenarios.blended(20, List.of(BlendedPolicies.dynamicPredictive()), 2, 5);
    List<DayResult> first = Simulator.simulate(blended, blended.policies().get(0)).days();
    List<DayResult> again = Simulator.simulate(blended, blended.policies().get(0)).days();
    assertThat(again).isEqualTo(first);
    Scenario reseeded = blended.withReplications(2, 6);
    assertThat(Simulator.simulate(reseeded, reseeded.policies().get(0)).days()).isNotEqualTo(first);
  }

  @Test
  void policiesCompareOnTheSameCallers() {
    Scenario a = TestScenarios.blended(20, List.of(BlendedPolicies.fixedPredictive(0)), 1, 9);
    Scenario b = TestScenarios.blended(20, List.of(BlendedPolicies.fixedPredictive(6)), 1, 9);
    DayResult dayA = Simulator.simulateDay(a, a.policies().get(0), 0);
    DayResult dayB = Simulator.simulateDay(b, b.policies().get(0), 0);
    assertThat(dayA.inboundArrivals()).isEqualTo(dayB.inboundArrivals());
    assertThat(dayA.outboundServed()).isNotEqualTo(dayB.outboundServed());
  }
}
