package org.blenddialer.core.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.blenddialer.core.pacing.Snapshots.snapshot;

import java.util.List;
import org.blenddialer.core.agent.Agent;
import org.blenddialer.core.estimate.DurationModel;
import org.blenddialer.core.estimate.OutboundEstimates;
import org.blenddialer.core.estimate.OutboundEstimator;
import org.blenddialer.core.estimate.OutboundEstimator.OutboundPrior;
import org.junit.jupiter.api.Test;

class PacingPoliciesTest {

  @Test
  void previewDialsOnePerFreeAgentAndBindsTheAgent() {
    PreviewPacing preview = new PreviewPacing();
    assertThat(preview.callsToLaunch(snapshot(3, 5, 0))).isEqualTo(3);
    assertThat(preview.bindsAgentToDial()).isTrue();
  }

  @Test
  void progressiveKeepsOneCallInProgressPerFreeAgent() {
    ProgressivePacing progressive = new ProgressivePacing();
    assertThat(progressive.callsToLaunch(snapshot(3, 5, 1))).isEqualTo(2);
    assertThat(progressive.callsToLaunch(snapshot(3, 5, 4))).isZero();
    assertThat(progressive.bindsAgentToDial()).isFalse();
  }

  @Test
  void powerKeepsAFixedRatioOfCallsPerFreeAgent() {
    PowerPacing power = new PowerPacing(2.5);
    assertThat(power.callsToLaunch(snapshot(4, 0, 3))).isEqualTo(7);
    assertThat(power.callsToLaunch(snapshot(0, 4, 0))).isZero();
    assertThatThrownBy(() -> new PowerPacing(0.5)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void thresholdDialsOnlyWhenEnoughTestGroupAgentsAreFree() {
    ThresholdPacing threshold = new ThresholdPacing("*", 3, "*", 2);
    assertThat(threshold.callsToLaunch(snapshot(2, 5, 0))).isZero();
    assertThat(threshold.callsToLaunch(snapshot(3, 5, 1))).isEqualTo(5);
    ThresholdPacing otherGroup = new ThresholdPacing("elsewhere", 1, "*", 2);
    assertThat(otherGroup.callsToLaunch(snapshot(4, 0, 0))).isZero();
  }

  @Test
  void adaptiveLevelRisesWhileAgentsWaitAndFallsWhenDropsRunOver() {
    AdaptiveDialLevelPacing adaptive = new AdaptiveDialLevelPacing(0.03, 3, 0.5, 15);
    PacingSnapshot waiting = at(snapshot(2, 8, 0), 0, DropBudget.fresh(0.03));
    assertThat(adaptive.callsToLaunch(waiting)).isEqualTo(2);
    adaptive.callsToLaunch(at(waiting, 20, DropBudget.fresh(0.03)));
    assertThat(adaptive.level()).isEqualTo(1.5);
    adaptive.callsToLaunch(at(waiting, 40, new DropBudget(0.03, 100, 9)));
    assertThat(adaptive.level()).isEqualTo(1.0);
  }

  @Test
  void predictiveLaunchesNothingWhenNoAgentCanBeFreeInTime() {
    PredictivePacing predictive = new PredictivePacing(PredictiveSettings.defaults());
    // everyone just started a call: nobody finishes within the ring time
    PacingSnapshot busy = snapshot(0, 20, 999, 0, DropBudget.fresh(0.03));
    assertThat(predictive.callsToLaunch(busy)).isZero();
  }

  @Test
  void predictiveDialsAheadOfFreeAgentsButLessWithDialsAlreadyRinging() {
    PredictivePacing predictive = new PredictivePacing(PredictiveSettings.defaults());
    int forFive = predictive.callsToLaunch(snapshot(5, 0, 0));
    assertThat(forFive).isGreaterThan(5);
    assertThat(predictive.callsToLaunch(snapshot(10, 0, 0))).isGreaterThan(forFive);
    assertThat(predictive.callsToLaunch(snapshot(5, 0, 6))).isLessThan(forFive);
  }

  @Test
  void predictiveCountsAgentsAboutToFinish() {
    // calls last 200 to 220 s: agents 195 s into a call finish soon, those 1 s in do not
    OutboundEstimator learned = new OutboundEstimator(new OutboundPrior(0.3, 10, 20, 180));
    for (int i = 0; i < 3000; i++) {
      learned.recordHandleTime(200 + i % 21);
    }
    PredictivePacing predictive = new PredictivePacing(PredictiveSettings.defaults());
    DropBudget budget = DropBudget.fresh(0.03);
    int justStarted = predictive.callsToLaunch(snapshot(0, 30, 999, 0, budget, learned));
    int nearlyDone = predictive.callsToLaunch(snapshot(0, 30, 805, 0, budget, learned));
    assertThat(justStarted).isZero();
    assertThat(nearlyDone).isGreaterThan(10);
  }

  @Test
  void predictiveDialsMoreCautiouslyWhileTheAnswerRateRestsOnAGuess() {
    // a fresh campaign believes p = 0.3 from its prior alone; a learned one saw 3000 outcomes at
    // 0.3
    OutboundEstimator guessed = new OutboundEstimator(new OutboundPrior(0.3, 10, 20, 180));
    OutboundEstimator learned = new OutboundEstimator(new OutboundPrior(0.3, 10, 20, 180));
    for (int i = 0; i < 3000; i++) {
      learned.recordOutcome(i % 10 < 3, i % 10 < 3 ? 10 : 20);
    }
    assertThat(guessed.liveAnswerProbabilityVariance())
        .isGreaterThan(20 * learned.liveAnswerProbabilityVariance());
    PredictivePacing predictive = new PredictivePacing(PredictiveSettings.defaults());
    DropBudget budget = DropBudget.fresh(0.03);
    int onAGuess = predictive.callsToLaunch(snapshot(200, 0, 990, 0, budget, guessed));
    int onEvidence = predictive.callsToLaunch(snapshot(200, 0, 990, 0, budget, learned));
    // 200 free agents at the start of the day: a guess worth 50 outcomes may be off by a fifth
    assertThat(onAGuess).isLessThan(onEvidence * 9 / 10);
    assertThat(onAGuess).isGreaterThan(200);
  }

  @Test
  void predictiveHoldsBackWhenTheDayHasSpentItsDropBudget() {
    PredictivePacing predictive = new PredictivePacing(PredictiveSettings.defaults());
    int under = predictive.callsToLaunch(snapshot(10, 40, 800, 0, new DropBudget(0.03, 1000, 5)));
    int over = predictive.callsToLaunch(snapshot(10, 40, 800, 0, new DropBudget(0.03, 1000, 60)));
    assertThat(over).isLessThan(under);
    assertThat(predictive.allowedRate(new DropBudget(0.03, 1000, 60))).isLessThan(0.024);
    assertThat(predictive.allowedRate(new DropBudget(0.03, 1000, 5))).isGreaterThan(0.024);
    assertThat(predictive.allowedRate(DropBudget.fresh(0.03))).isEqualTo(0.024);
  }

  @Test
  void predictiveCountsOnAgentsInboundWillTake() {
    PredictivePacing predictive = new PredictivePacing(PredictiveSettings.defaults());
    PacingSnapshot quiet = snapshot(8, 0, 0);
    PacingSnapshot busyInbound =
        new PacingSnapshot(
            quiet.now(),
            quiet.campaignId(),
            quiet.freeAgents(),
            quiet.agents(),
            quiet.callsInFlight(),
            0,
            0,
            quiet.estimates(),
            quiet.dropBudget(),
            quiet.leadsAvailable(),
            new InboundPressure(0.5, 180, 2, 1));
    assertThat(predictive.callsToLaunch(busyInbound)).isLessThan(predictive.callsToLaunch(quiet));
  }

  @Test
  void aCampaignIsPacedUnderItsAbandonCapNotAtIt() {
    PredictiveSettings underThree = PredictiveSettings.underCap(0.03, 2);
    assertThat(underThree.targetAbandonRate()).isCloseTo(0.024, within(1e-12));
    int underCap = new PredictivePacing(underThree).callsToLaunch(snapshot(10, 0, 0));
    int atCap =
        new PredictivePacing(new PredictiveSettings(0.03, 2, 8, 200))
            .callsToLaunch(snapshot(10, 0, 0));
    assertThat(underCap).isLessThan(atCap);
    assertThatThrownBy(() -> PredictiveSettings.underCap(0, 2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void dropBudgetValidatesAndCounts() {
    DropBudget budget = DropBudget.fresh(0.03).withAnswer(false).withAnswer(true);
    assertThat(budget.rate()).isEqualTo(0.5);
    assertThat(budget.remainingDrops())
        .isCloseTo(0.06 - 1, org.assertj.core.api.Assertions.within(1e-12));
    assertThatThrownBy(() -> new DropBudget(0.03, 1, 2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void predictiveSizesItsDialsOnTheExactChanceOfMoreAnswersThanAgents() {
    // A centre that wants next to no abandoned calls (0.01%), live answers on 10% of dials: 10
    // agents free, 40 on calls (exponential, mean 180 s), 30 dials ringing with a 10% chance each
    // of a live answer yet.
    double now = 1000;
    double handleMean = 180;
    double horizon = 10 + 2;
    OutboundEstimates known = new KnownEstimates(0.1, 10, handleMean, 0.1);
    PacingSnapshot s =
        new PacingSnapshot(
            now,
            "sales",
            10,
            Snapshots.agents(10, 40, now - 100, now),
            Snapshots.dials(30, now - 3),
            0,
            40,
            known,
            DropBudget.fresh(0.03),
            10_000,
            InboundPressure.NONE);
    double target = 0.0001;
    int launched = new PredictivePacing(new PredictiveSettings(target, 2, 8, 200)).callsToLaunch(s);

    // The rule, worked out here on its own: the most new dials n for which the expected number of
    // answers beyond the agents stays within the target share of the expected answers.
    double freeing = 1 - Math.exp(-horizon / handleMean);
    int exact = 0;
    int normal = 0;
    for (int n = 1; n < 200; n++) {
      double[] answers = binomialTable(30, 0.1, n, 0.1);
      double[] agents = binomialTable(40, freeing, 0, 0);
      double excess = 0;
      for (int a = 0; a < answers.length; a++) {
        for (int g = 0; g < agents.length; g++) {
          excess += Math.max(0, a - 10 - g) * answers[a] * agents[g];
        }
      }
      double expected = 30 * 0.1 + n * 0.1;
      if (excess <= target * expected && exact == n - 1) {
        exact = n;
      }
      double mean = expected - 10 - 40 * freeing;
      double variance = 30 * 0.09 + n * 0.09 + 40 * freeing * (1 - freeing);
      if (PredictivePacing.expectedExcess(mean, Math.sqrt(variance)) <= target * expected
          && normal == n - 1) {
        normal = n;
      }
    }
    assertThat(exact).isEqualTo(11);
    assertThat(launched).isEqualTo(exact);
    // a normal curve with the same mean and variance dials 14: its tail is too thin
    assertThat(normal).isEqualTo(14);
  }

  @Test
  void predictiveDialsNothingOnABrokenEstimate() {
    double now = 1000;
    OutboundEstimates broken = new KnownEstimates(0.2, 10, 180, Double.NaN);
    PacingSnapshot s =
        new PacingSnapshot(
            now,
            "sales",
            10,
            Snapshots.agents(10, 0, now, now),
            Snapshots.dials(5, now - 3),
            0,
            0,
            broken,
            DropBudget.fresh(0.03),
            10_000,
            InboundPressure.NONE);
    assertThat(new PredictivePacing(PredictiveSettings.defaults()).callsToLaunch(s)).isZero();
  }

  /** Probabilities of the sum of Binomial(n1, q1) and Binomial(n2, q2), by plain convolution. */
  private static double[] binomialTable(int n1, double q1, int n2, double q2) {
    double[] table = {1};
    for (int i = 0; i < n1 + n2; i++) {
      double q = i < n1 ? q1 : q2;
      double[] next = new double[table.length + 1];
      for (int k = 0; k < table.length; k++) {
        next[k] += table[k] * (1 - q);
        next[k + 1] += table[k] * q;
      }
      table = next;
    }
    return table;
  }

  /**
   * Estimates taken as known: live-answer probability, a 10-s time to answer, exponential handle
   * times, and the same live-answer chance for every dial still ringing.
   */
  private record KnownEstimates(double p, double answerTime, double handleMean, double ringing)
      implements OutboundEstimates {

    @Override
    public double liveAnswerProbability() {
      return p;
    }

    @Override
    public DurationModel timeToLiveAnswer() {
      return exponential(answerTime);
    }

    @Override
    public DurationModel handleTime() {
      return exponential(handleMean);
    }

    @Override
    public double liveAnswerProbabilityAfter(double elapsed) {
      return ringing;
    }

    private static DurationModel exponential(double mean) {
      return new DurationModel() {
        @Override
        public double mean() {
          return mean;
        }

        @Override
        public double survival(double seconds) {
          return Math.exp(-seconds / mean);
        }
      };
    }
  }

  private static PacingSnapshot at(PacingSnapshot s, double now, DropBudget budget) {
    List<Agent> agents = Snapshots.agents(s.freeAgents(), s.agentsOnOutboundCalls(), now - 5, now);
    return new PacingSnapshot(
        now,
        s.campaignId(),
        s.freeAgents(),
        agents,
        s.callsInFlight(),
        s.answeredWaiting(),
        s.agentsOnOutboundCalls(),
        s.estimates(),
        budget,
        s.leadsAvailable(),
        s.inbound());
  }
}
