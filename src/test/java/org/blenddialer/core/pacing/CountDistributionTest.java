package org.blenddialer.core.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CountDistributionTest {

  /** The distribution of a constant plus and minus independent Bernoulli trials, by brute force. */
  private static Map<Integer, Double> enumerate(int constant, double[] adds, double[] takes) {
    int n = adds.length + takes.length;
    Map<Integer, Double> result = new TreeMap<>();
    for (int outcome = 0; outcome < 1 << n; outcome++) {
      double probability = 1;
      int value = constant;
      for (int i = 0; i < n; i++) {
        boolean happens = (outcome >> i & 1) == 1;
        double q = i < adds.length ? adds[i] : takes[i - adds.length];
        probability *= happens ? q : 1 - q;
        if (happens) {
          value += i < adds.length ? 1 : -1;
        }
      }
      result.merge(value, probability, Double::sum);
    }
    return result;
  }

  @Test
  void aSumOfTrialsGivesEveryCountTheChanceEnumerationGives() {
    double[] adds = {0.05, 0.2, 0.2, 0.5, 0.9, 0.01, 0.33};
    double[] takes = {0.06, 0.06, 0.4, 0.75, 0.02, 0.12};
    CountDistribution d = new CountDistribution();
    d.reset(-2);
    for (int i = 0; i < 7; i++) {
      d.addBernoulli(adds[i]);
      if (i < takes.length) {
        d.subtractBernoulli(takes[i]);
      }
    }
    Map<Integer, Double> expected = enumerate(-2, adds, takes);
    double excess = 0;
    for (var e : expected.entrySet()) {
      assertThat(d.probability(e.getKey())).isCloseTo(e.getValue(), within(1e-13));
      excess += Math.max(0, e.getKey()) * e.getValue();
    }
    assertThat(d.expectedExcess()).isCloseTo(excess, within(1e-13));
    assertThat(d.mean()).isCloseTo(-2 + 2.19 - 1.41, within(1e-12));
  }

  @Test
  void certainAndImpossibleTrialsMoveOrKeepTheCount() {
    CountDistribution d = new CountDistribution();
    d.reset(3);
    d.addBernoulli(1);
    d.addBernoulli(0);
    d.subtractBernoulli(1);
    d.subtractBernoulli(1);
    d.subtractBernoulli(0);
    assertThat(d.probability(2)).isEqualTo(1.0);
    assertThat(d.expectedExcess()).isEqualTo(2.0);
  }

  @Test
  void theFarTailOfManyUnlikelyAnswersIsWhereANormalCurveIsWrong() {
    // 60 dials ringing with a 5% chance each, 8 agents free: some answers abandon only if 9 or
    // more come, a tail a normal curve with the same mean and variance puts 5 times too low.
    CountDistribution d = new CountDistribution();
    d.reset(-8);
    for (int i = 0; i < 60; i++) {
      d.addBernoulli(0.05);
    }
    double exact = 0;
    for (int k = 9; k <= 60; k++) {
      exact += (k - 8) * binomial(60, k, 0.05);
    }
    assertThat(d.expectedExcess()).isCloseTo(exact, within(1e-12));
    assertThat(d.mean()).isCloseTo(-5, within(1e-12));
    double mean = 3 - 8;
    double sd = Math.sqrt(60 * 0.05 * 0.95);
    double normal = PredictivePacing.expectedExcess(mean, sd);
    assertThat(exact).isGreaterThan(5 * normal);
  }

  private static double binomial(int n, int k, double q) {
    double c = 1;
    for (int i = 0; i < k; i++) {
      c = c * (n - i) / (i + 1);
    }
    return c * Math.pow(q, k) * Math.pow(1 - q, n - k);
  }
}
