package org.blenddialer.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.blenddialer.core.estimate.OutboundEstimator.OutboundPrior;
import org.junit.jupiter.api.Test;

class EstimatorsTest {

  @Test
  void aDurationHistogramLearnsTheObservedDistributionAwayFromItsPrior() {
    DurationHistogram histogram = new DurationHistogram(1, 100, 500, 60, 20);
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < 3000; i++) {
      histogram.observe(10 + 20 * random.nextDouble());
    }
    assertThat(histogram.mean()).isCloseTo(20, within(1.0));
    assertThat(histogram.survival(9)).isCloseTo(1.0, within(0.02));
    assertThat(histogram.survival(20)).isCloseTo(0.5, within(0.05));
    assertThat(histogram.survival(31)).isCloseTo(0.0, within(0.02));
    // half-way through, half of what is left ends in the next 5 s
    assertThat(histogram.probabilityEndsWithin(20, 5)).isCloseTo(0.5, within(0.07));
  }

  @Test
  void aProportionFollowsTheOutcomesAndForgetsOldOnes() {
    ProportionEstimate p = new ProportionEstimate(0.5, 10, 200);
    for (int i = 0; i < 2000; i++) {
      p.observe(i % 4 == 0);
    }
    assertThat(p.value()).isCloseTo(0.25, within(0.02));
    for (int i = 0; i < 2000; i++) {
      p.observe(i % 2 == 0);
    }
    assertThat(p.value()).isCloseTo(0.5, within(0.03));
  }

  @Test
  void aProportionIsWorthItsPriorAndItsOutcomesButNoMoreThanItsMemory() {
    ProportionEstimate p = new ProportionEstimate(0.3, 50, 3000);
    assertThat(p.effectiveObservations()).isCloseTo(50, within(1e-9));
    for (int i = 0; i < 450; i++) {
      p.observe(i % 3 == 0);
    }
    assertThat(p.effectiveObservations()).isCloseTo(500, within(50.0));
    for (int i = 0; i < 50_000; i++) {
      p.observe(i % 3 == 0);
    }
    assertThat(p.effectiveObservations()).isCloseTo(3000, within(100.0));
  }

  @Test
  void theAnswerRateIsUncertainOnItsPriorAndSureAfterManyOutcomes() {
    OutboundEstimator estimator = new OutboundEstimator(new OutboundPrior(0.25, 10, 20, 180));
    // a prior worth 50 outcomes: variance p (1 - p) / 51
    assertThat(estimator.liveAnswerProbabilityVariance()).isCloseTo(0.25 * 0.75 / 51, within(1e-6));
    for (int i = 0; i < 5000; i++) {
      estimator.recordOutcome(i % 4 == 0, 10);
    }
    assertThat(estimator.liveAnswerProbabilityVariance()).isLessThan(0.25 * 0.75 / 2000);
  }

  @Test
  void aRateIsEventsOverObservedTime() {
    RateEstimate rate = new RateEstimate(0, 0, 600, 0);
    for (int i = 1; i <= 300; i++) {
      rate.observe(i * 2.0);
    }
    assertThat(rate.value(600)).isCloseTo(0.5, within(0.02));
  }

  @Test
  void anUnansweredDialBecomesLessLikelyToBeAnsweredAsItRings() {
    OutboundEstimator estimator = new OutboundEstimator(new OutboundPrior(0.3, 10, 20, 180));
    SplittableRandom random = new SplittableRandom(2);
    for (int i = 0; i < 2000; i++) {
      boolean live = random.nextDouble() < 0.4;
      estimator.recordOutcome(live, live ? 4 + 8 * random.nextDouble() : 20);
    }
    assertThat(estimator.liveAnswerProbability()).isCloseTo(0.4, within(0.04));
    assertThat(estimator.liveAnswerProbabilityAfter(0)).isCloseTo(0.4, within(0.04));
    assertThat(estimator.liveAnswerProbabilityAfter(8))
        .isLessThan(estimator.liveAnswerProbabilityAfter(2));
    assertThat(estimator.liveAnswerProbabilityAfter(15)).isLessThan(0.05);
  }

  @Test
  void inboundPatienceIsLearnedFromWaitsAndHangUps() {
    InboundEstimator estimator = new InboundEstimator(0, 180, Double.POSITIVE_INFINITY, 0);
    assertThat(estimator.forecast(0).patienceKnown()).isFalse();
    for (int i = 0; i < 400; i++) {
      estimator.recordWait(30, i % 4 == 0);
    }
    // 100 hang-ups over 12,000 s of waiting: patience about 120 s
    assertThat(estimator.forecast(0).patience()).isCloseTo(120, within(15.0));
  }
}
