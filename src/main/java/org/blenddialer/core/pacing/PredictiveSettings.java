package org.blenddialer.core.pacing;

/**
 * Settings of {@link PredictivePacing}.
 *
 * @param targetAbandonRate abandon rate the policy plans for in each decision, at or under the cap
 * @param answerWindow seconds a live answer waits for an agent before it counts as abandoned (the
 *     2-second rule)
 * @param budgetGain how strongly the drops still allowed today (or already overspent) raise (or
 *     lower) the rate planned for; 0 ignores the day so far
 * @param budgetSmoothing live answers that stand for "early in the day": the correction is divided
 *     by live answers plus this, so the first few answers do not swing it
 */
public record PredictiveSettings(
    double targetAbandonRate, double answerWindow, double budgetGain, double budgetSmoothing) {

  public PredictiveSettings {
    if (!(targetAbandonRate > 0 && targetAbandonRate < 1)) {
      throw new IllegalArgumentException("target abandon rate must be in (0, 1)");
    }
    if (!(answerWindow >= 0) || !(budgetGain >= 0) || !(budgetSmoothing >= 0)) {
      throw new IllegalArgumentException("answer window, gain and smoothing must be >= 0");
    }
  }

  /** Plans for 2.2% within a 3% cap, with a 2-second answer window. */
  public static PredictiveSettings defaults() {
    return new PredictiveSettings(0.022, 2.0, 1.0, 200);
  }
}
