package org.blenddialer.core.erlang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ErlangTest {

  /** Erlang B straight from its definition, summed in logarithms (an independent route). */
  private static double erlangBDirect(int n, double a) {
    double logTop = n * Math.log(a) - logFactorial(n);
    double max = Double.NEGATIVE_INFINITY;
    double[] logs = new double[n + 1];
    for (int k = 0; k <= n; k++) {
      logs[k] = k * Math.log(a) - logFactorial(k);
      max = Math.max(max, logs[k]);
    }
    double sum = 0;
    for (double l : logs) {
      sum += Math.exp(l - max);
    }
    return Math.exp(logTop - max) / sum;
  }

  private static double logFactorial(int n) {
    double s = 0;
    for (int i = 2; i <= n; i++) {
      s += Math.log(i);
    }
    return s;
  }

  @Test
  void erlangBMatchesTheTableValue() {
    // classic traffic table: 10 circuits, 5 Erlangs -> 1.84% blocking
    assertThat(Erlang.erlangB(10, 5)).isCloseTo(0.018385, within(1e-6));
    assertThat(Erlang.erlangB(0, 3)).isEqualTo(1.0);
  }

  @Test
  void erlangBStaysExactForThousandsOfAgents() {
    for (int n : new int[] {1000, 2500, 5000}) {
      for (double load : new double[] {0.8 * n, 0.95 * n, 1.05 * n}) {
        double b = Erlang.erlangB(n, load);
        assertThat(b).isBetween(0.0, 1.0);
        assertThat(b).isCloseTo(erlangBDirect(n, load), within(1e-10));
      }
    }
  }

  @Test
  void erlangCFollowsFromErlangBAndIsAtLeastIt() {
    for (int n : new int[] {5, 50, 1200}) {
      double a = 0.9 * n;
      double b = Erlang.erlangB(n, a);
      double c = Erlang.erlangC(n, a);
      assertThat(c).isCloseTo(n * b / (n - a * (1 - b)), within(1e-12));
      assertThat(c).isGreaterThanOrEqualTo(b).isLessThanOrEqualTo(1.0);
    }
    assertThat(Erlang.erlangC(10, 10)).isEqualTo(1.0);
  }

  @Test
  void serviceLevelAndSpeedOfAnswerFollowTheirFormulas() {
    int n = 13;
    double a = 10;
    double c = Erlang.erlangC(n, a);
    assertThat(Erlang.serviceLevel(n, a, 180, 20))
        .isCloseTo(1 - c * Math.exp(-(n - a) * 20 / 180.0), within(1e-12));
    assertThat(Erlang.averageSpeedOfAnswer(n, a, 180)).isCloseTo(c * 180 / 3, within(1e-12));
  }

  @Test
  void agentsForServiceLevelIsTheSmallestThatMeetsIt() {
    for (double load : new double[] {2.5, 10, 95, 1100}) {
      int n = Erlang.agentsForServiceLevel(load, 180, 20, 0.8);
      assertThat(Erlang.serviceLevel(n, load, 180, 20)).isGreaterThanOrEqualTo(0.8);
      assertThat(Erlang.serviceLevel(n - 1, load, 180, 20)).isLessThan(0.8);
    }
  }

  @Test
  void erlangAWithPatienceEqualToHandleTimeIsThePoissonInfiniteServerQueue() {
    // when callers leave the queue at the service rate, the number in system is Poisson(A)
    int n = 1500;
    double handle = 180;
    double load = 1480;
    ErlangA queue = new ErlangA(n, load / handle, handle, handle);
    double poissonTail = 0;
    double logTerm = -load;
    double[] logs = new double[4000];
    for (int k = 1; k < logs.length; k++) {
      logTerm += Math.log(load) - Math.log(k);
      logs[k] = logTerm;
    }
    for (int k = n; k < logs.length; k++) {
      poissonTail += Math.exp(logs[k]);
    }
    assertThat(queue.probabilityOfWait()).isCloseTo(poissonTail, within(1e-9));
  }

  @Test
  void erlangAWithVeryPatientCallersApproachesErlangC() {
    int n = 12;
    double load = 10;
    ErlangA patient = new ErlangA(n, load / 180, 180, 1e9);
    assertThat(patient.probabilityOfWait()).isCloseTo(Erlang.erlangC(n, load), within(1e-6));
    assertThat(patient.serviceLevel(20))
        .isCloseTo(Erlang.serviceLevel(n, load, 180, 20), within(1e-5));
    assertThat(patient.abandonProbability()).isLessThan(1e-6);
  }

  @Test
  void erlangAAbandonmentIsTheRateOfLeavingOverArrivals() {
    ErlangA queue = new ErlangA(50, 48.0 / 180, 180, 120);
    double abandon = queue.abandonProbability();
    assertThat(abandon).isCloseTo(queue.averageQueueLength() / 120 / (48.0 / 180), within(1e-12));
    // flow balance: served + abandoned = offered, served = busy agents / handle time
    double[] p = queue.stateProbabilities();
    double busy = 0;
    for (int k = 0; k < p.length; k++) {
      busy += Math.min(k, 50) * p[k];
    }
    assertThat(busy / 180 + abandon * 48.0 / 180).isCloseTo(48.0 / 180, within(1e-9));
  }

  @Test
  void erlangAStaysFiniteForThousandsOfAgentsAndOverload() {
    ErlangA big = new ErlangA(2000, 2100.0 / 180, 180, 120);
    assertThat(big.abandonProbability()).isBetween(0.0, 1.0);
    assertThat(big.serviceLevel(20)).isBetween(0.0, 1.0);
    int n = ErlangA.agentsForServiceLevel(1000.0 / 180, 180, 120, 20, 0.8);
    assertThat(new ErlangA(n, 1000.0 / 180, 180, 120).serviceLevel(20)).isGreaterThanOrEqualTo(0.8);
    assertThat(new ErlangA(n - 1, 1000.0 / 180, 180, 120).serviceLevel(20)).isLessThan(0.8);
    assertThat(n).isLessThanOrEqualTo(Erlang.agentsForServiceLevel(1000, 180, 20, 0.8));
  }

  @Test
  void aLargerPooledReserveNeverLowersTheServiceLevel() {
    double previous = -1;
    for (int reserve = 0; reserve < 8; reserve++) {
      double level = new PooledReserve(15.0 / 180, 20.0 / 180, 120, reserve).serviceLevel(20);
      assertThat(level).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(previous - 1e-12);
      previous = level;
    }
    assertThat(new PooledReserve(0.2, 0.1, Double.POSITIVE_INFINITY, 3).serviceLevel(20))
        .isEqualTo(0.0);
  }
}
