package org.blenddialer.core.estimate;

/**
 * Learns a campaign's live-answer probability, ring times and handle times from the outcomes of its
 * own dials. Fed by the service from real call events and by the simulator from simulated ones, so
 * pacing reads the same kind of numbers in both.
 */
public final class OutboundEstimator implements OutboundEstimates {

  private final ProportionEstimate liveAnswer;
  private final DurationHistogram timeToLiveAnswer;
  private final DurationHistogram timeToOtherOutcome;
  private final DurationHistogram handleTime;

  /**
   * @param prior the starting beliefs, worth a few dozen observations each; the estimates move to
   *     the observed outcomes as they come in
   */
  public OutboundEstimator(OutboundPrior prior) {
    liveAnswer = new ProportionEstimate(prior.liveAnswerProbability(), 50, 3000);
    timeToLiveAnswer = new DurationHistogram(0.5, 120, 2000, prior.ringTime(), 20);
    timeToOtherOutcome = new DurationHistogram(0.5, 120, 2000, prior.noAnswerTimeout(), 20);
    handleTime = new DurationHistogram(5, 240, 500, prior.handleTime(), 50);
  }

  /** Starting beliefs about a campaign, in seconds and as a probability. */
  public record OutboundPrior(
      double liveAnswerProbability, double ringTime, double noAnswerTimeout, double handleTime) {
    public OutboundPrior {
      if (!(liveAnswerProbability > 0 && liveAnswerProbability <= 1)
          || !(ringTime > 0)
          || !(noAnswerTimeout > 0)
          || !(handleTime > 0)) {
        throw new IllegalArgumentException("invalid outbound prior");
      }
    }
  }

  /** A dial reached its outcome {@code seconds} after it was placed. */
  public void recordOutcome(boolean liveAnswer, double seconds) {
    this.liveAnswer.observe(liveAnswer);
    if (liveAnswer) {
      timeToLiveAnswer.observe(seconds);
    } else {
      timeToOtherOutcome.observe(seconds);
    }
  }

  /** A connect took {@code seconds} of agent time (talk and wrap-up). */
  public void recordHandleTime(double seconds) {
    handleTime.observe(seconds);
  }

  /**
   * A connect took {@code seconds} of agent time, ending at {@code endedAt} (seconds on the pacing
   * clock): pacing can then also learn from the calls still running (see {@link
   * DurationModel#probabilitiesEndWithin}).
   */
  public void recordHandleTime(double seconds, double endedAt) {
    handleTime.observe(seconds, endedAt);
  }

  @Override
  public double liveAnswerProbability() {
    return liveAnswer.value();
  }

  @Override
  public double liveAnswerProbabilityVariance() {
    double p = liveAnswer.value();
    return p * (1 - p) / (liveAnswer.effectiveObservations() + 1);
  }

  @Override
  public DurationModel timeToLiveAnswer() {
    return timeToLiveAnswer;
  }

  @Override
  public DurationModel handleTime() {
    return handleTime;
  }

  @Override
  public double liveAnswerProbabilityAfter(double elapsed) {
    double p = liveAnswer.value();
    double live = p * timeToLiveAnswer.survival(elapsed);
    double other = (1 - p) * timeToOtherOutcome.survival(elapsed);
    double both = live + other;
    return both > 1e-12 ? live / both : 0.0;
  }
}
