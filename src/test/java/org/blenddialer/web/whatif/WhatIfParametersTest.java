package org.blenddialer.web.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import org.blenddialer.sim.Simulator;
import org.blenddialer.sim.result.PolicyResult;
import org.blenddialer.sim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** A what-if form's figures become a scenario the simulator runs, within bounds. */
class WhatIfParametersTest {

  private static WhatIfParameters centre(int inbound, int blend, int hours, int days) {
    return new WhatIfParameters(
        inbound, blend, 60, 120, 180, 30, WhatIfParameters.Pacing.PREDICTIVE, 80, 20, hours, days);
  }

  @Test
  void aSmallBlendedCentreGivesServiceLevelAndOutboundConnects() {
    Scenario scenario = centre(3, 5, 2, 3).scenario(1);
    PolicyResult result = Simulator.simulate(scenario, scenario.policies().get(0));
    assertThat(result.days()).hasSize(3);
    assertThat(result.serviceLevel().mean()).isBetween(0.0, 1.0);
    assertThat(result.occupancy().mean()).isBetween(0.0, 1.0);
    assertThat(result.inboundArrivals().mean()).isGreaterThan(0);
    assertThat(result.connectsPerAgentHour().mean()).isGreaterThan(0);
  }

  @Test
  void aCentreWithoutAgentsOrTooLargeARunIsRefused() {
    assertThat(centre(0, 0, 8, 5).hasAgents()).isFalse();
    assertThat(centre(1, 0, 8, 5).hasAgents()).isTrue();
    assertThat(centre(250, 250, 8, 5).smallEnough()).isTrue();
    assertThat(centre(250, 250, 8, 30).smallEnough()).isFalse();
  }
}
