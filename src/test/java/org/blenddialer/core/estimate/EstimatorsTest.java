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

  @Test
  void callsStillRunningAtTheStartOfADayKeepTheHandleTimeFromLookingShort() {
    // 200 agents connect in the first 20 s; handle times exponential with mean 180 s (quantiles
    // in a scrambled order, no noise). At 300 s the calls that ended are the short ones.
    DurationHistogram finishedOnly = new DurationHistogram(5, 240, 500, 180, 50);
    DurationHistogram withRunning = new DurationHistogram(5, 240, 500, 180, 50);
    double now = 300;
    double[] elapsed = new double[200];
    int running = 0;
    for (int i = 0; i < 200; i++) {
      double start = i * 0.1;
      double handle = -180 * Math.log(1 - ((i * 0.618034) % 1.0 * 0.995 + 0.0025));
      if (start + handle <= now) {
        finishedOnly.observe(handle);
        withRunning.observe(handle, start + handle);
      } else {
        elapsed[running++] = now - start;
      }
    }
    double truth = 1 - Math.exp(-12 / 180.0);
    // learned from the finished calls alone, the running calls look about to end
    assertThat(meanEndingWithin12s(finishedOnly, now, elapsed, running)).isGreaterThan(1.5 * truth);
    // counted as calls known to last at least their elapsed time, they end at the true rate
    assertThat(meanEndingWithin12s(withRunning, now, elapsed, running))
        .isCloseTo(truth, within(0.015));
  }

  private static double meanEndingWithin12s(
      DurationModel model, double now, double[] elapsed, int running) {
    double[] ending = new double[running];
    model.probabilitiesEndWithin(now, elapsed, running, 12, ending);
    double mean = 0;
    for (double e : ending) {
      mean += e / running;
    }
    return mean;
  }

  @Test
  void inSteadyStateTheRunningCallsDoNotShortenTheLearnedHandleTime() {
    // calls start every 3.6 s and last 180 s (exponential quantiles in turn) for two hours
    DurationHistogram histogram = new DurationHistogram(5, 240, 500, 180, 50);
    double[] ends = new double[2000];
    double[] starts = new double[2000];
    for (int i = 0; i < 2000; i++) {
      starts[i] = i * 3.6;
      ends[i] = starts[i] - 180 * Math.log(1 - ((i * 0.618034) % 1.0 * 0.998 + 0.001));
    }
    double now = 7200;
    double[] elapsed = new double[2000];
    int running = 0;
    for (int i = 0; i < 2000; i++) {
      if (ends[i] <= now) {
        histogram.observe(ends[i] - starts[i], ends[i]);
      } else if (starts[i] <= now) {
        elapsed[running++] = now - starts[i];
      }
    }
    double[] ending = new double[running];
    histogram.probabilitiesEndWithin(now, elapsed, running, 12, ending);
    double mean = 0;
    for (double e : ending) {
      mean += e / running;
    }
    assertThat(mean).isCloseTo(1 - Math.exp(-12 / 180.0), within(0.015));
  }

  @Test
  void theInboundHandleTimeCountsCallsStillRunning() {
    // 100 callers answered at 0, handle times exponential with mean 180 s; at 200 s the finished
    // ones are the short ones
    InboundEstimator estimator = new InboundEstimator(0, 180, Double.POSITIVE_INFINITY, 0);
    for (int i = 0; i < 100; i++) {
      estimator.recordCallStarted(0);
    }
    for (int i = 0; i < 100; i++) {
      double handle = -180 * Math.log(1 - (i + 0.5) / 100);
      if (handle <= 200) {
        estimator.recordHandleTime(handle, handle);
      }
    }
    assertThat(estimator.forecast(200).handleTime()).isCloseTo(180, within(20.0));
  }
}
