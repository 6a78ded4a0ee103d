package org.blenddialer.core.blending;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.blenddialer.core.agent.Agent;
import org.blenddialer.core.agent.AgentSkill;
import org.blenddialer.core.agent.CallDirection;
import org.blenddialer.core.estimate.InboundForecast;
import org.junit.jupiter.api.Test;

class DynamicReserveTest {

  private static final ServiceLevelTarget TARGET = new ServiceLevelTarget(0.8, 20);

  private static List<Agent> agents(int count, int onInboundCalls) {
    List<Agent> agents = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Agent agent = new Agent("a" + i, "team", AgentSkill.BLEND);
      agent.logIn(0);
      if (i < onInboundCalls) {
        agent.connect(CallDirection.INBOUND, 0);
      }
      agents.add(agent);
    }
    return agents;
  }

  private static int reserve(DynamicReserve policy, double callsPerHour, int agents) {
    InboundForecast forecast = new InboundForecast(callsPerHour / 3600, 180, 120);
    return policy.inboundReserve(
        new BlendingSnapshot(0, agents(agents, 0), 0, forecast, ServiceLevelSoFar.NONE));
  }

  @Test
  void moreInboundLoadMeansALargerReserve() {
    int quiet = reserve(new DynamicReserve(TARGET, 0, DynamicReserve.Model.POOLED), 100, 20);
    int busy = reserve(new DynamicReserve(TARGET, 0, DynamicReserve.Model.POOLED), 360, 20);
    assertThat(busy).isGreaterThan(quiet);
    assertThat(reserve(new DynamicReserve(TARGET, 0, DynamicReserve.Model.POOLED), 0, 20)).isZero();
  }

  @Test
  void aDayRunningAboveTheTargetPlansForLessAndBelowForMore() {
    DynamicReserve policy = new DynamicReserve(TARGET, 0, DynamicReserve.Model.POOLED);
    assertThat(policy.plannedShare(ServiceLevelSoFar.NONE)).isEqualTo(0.8);
    assertThat(policy.plannedShare(new ServiceLevelSoFar(950, 1000))).isLessThan(0.6);
    assertThat(policy.plannedShare(new ServiceLevelSoFar(750, 1000))).isGreaterThan(0.9);
    InboundForecast forecast = new InboundForecast(300.0 / 3600, 180, 120);
    int ahead =
        policy.inboundReserve(
            new BlendingSnapshot(0, agents(20, 0), 0, forecast, new ServiceLevelSoFar(990, 1000)));
    int behind =
        new DynamicReserve(TARGET, 0, DynamicReserve.Model.POOLED)
            .inboundReserve(
                new BlendingSnapshot(
                    0, agents(20, 0), 0, forecast, new ServiceLevelSoFar(600, 1000)));
    assertThat(behind).isGreaterThan(ahead);
  }

  @Test
  void theDedicatedModelHoldsWhatErlangAsksBeyondAgentsAlreadyTalkingToCallers() {
    DynamicReserve policy = new DynamicReserve(TARGET, 1, DynamicReserve.Model.DEDICATED);
    InboundForecast forecast = new InboundForecast(10.0 / 180, 180, 120);
    int needed = policy.agentsNeeded(forecast);
    assertThat(needed).isBetween(10, 14);
    int reserve =
        policy.inboundReserve(
            new BlendingSnapshot(0, agents(30, 8), 0, forecast, ServiceLevelSoFar.NONE));
    assertThat(reserve).isEqualTo(needed - 8 + 1);
  }

  @Test
  void waitingCallersAreAlwaysCoveredAndUnknownPatienceUsesErlangC() {
    DynamicReserve policy = new DynamicReserve(TARGET, 0, DynamicReserve.Model.DEDICATED);
    InboundForecast patient = new InboundForecast(10.0 / 180, 180, Double.POSITIVE_INFINITY);
    assertThat(policy.agentsNeeded(patient))
        .isEqualTo(org.blenddialer.core.erlang.Erlang.agentsForServiceLevel(10, 180, 20, 0.8));
    assertThat(
            policy.inboundReserve(
                new BlendingSnapshot(0, agents(30, 0), 25, patient, ServiceLevelSoFar.NONE)))
        .isEqualTo(25);
  }

  @Test
  void callersFindingIdleAgentsNotHeldLetASmallCentreHoldFewer() {
    InboundForecast forecast = new InboundForecast(300.0 / 3600, 180, 120);
    DynamicReserve policy = new DynamicReserve(TARGET, 0, DynamicReserve.Model.POOLED);
    int none = policy.pooledReserve(forecast, 20, 0.8, 0.0);
    int someIdle = policy.pooledReserve(forecast, 20, 0.8, 0.5);
    assertThat(none).isPositive();
    assertThat(someIdle).isLessThan(none);
    // more than any reserve can give: hold the best one, not every agent
    assertThat(policy.pooledReserve(forecast, 20, 0.999, 0.0)).isBetween(1, 10);
  }

  @Test
  void theShareOfTimeWithAnIdleAgentNotHeldIsLearnedFromWhatTheCentreShows() {
    InboundForecast forecast = new InboundForecast(300.0 / 3600, 180, 120);
    DynamicReserve policy = new DynamicReserve(TARGET, 0, DynamicReserve.Model.POOLED);
    List<Agent> allBusy = agents(20, 20);
    List<Agent> twoIdle = agents(20, 18);
    int atStart =
        policy.inboundReserve(
            new BlendingSnapshot(0, allBusy, 0, forecast, ServiceLevelSoFar.NONE));
    assertThat(policy.unheldIdleShare()).isZero();
    // an hour in which two agents not held stand idle most of the time
    for (int second = 0; second < 3600; second += 10) {
      List<Agent> now = second % 100 < 80 ? twoIdle : allBusy;
      policy.inboundReserve(new BlendingSnapshot(second, now, 0, forecast, ServiceLevelSoFar.NONE));
    }
    assertThat(policy.unheldIdleShare()).isBetween(0.7, 0.9);
    int later =
        policy.inboundReserve(
            new BlendingSnapshot(3600, allBusy, 0, forecast, ServiceLevelSoFar.NONE));
    assertThat(later).isLessThan(atStart);
  }
}
