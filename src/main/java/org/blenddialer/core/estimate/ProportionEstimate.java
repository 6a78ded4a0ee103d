package org.blenddialer.core.estimate;

/**
 * A probability learned online (e.g. that a dial is answered by a live person), from a prior worth
 * a few observations; older outcomes fade so the estimate follows the time of day.
 */
public final class ProportionEstimate {

  private static final double RENORMALISE_ABOVE = 1e150;

  private final double growth;
  private double successes;
  private double trials;
  private double nextWeight = 1.0;

  /**
   * @param prior starting probability
   * @param priorWeight how many observations the prior is worth
   * @param memory roughly how many recent observations the estimate remembers
   */
  public ProportionEstimate(double prior, double priorWeight, double memory) {
    if (!(prior >= 0 && prior <= 1) || priorWeight < 0 || !(memory >= 1)) {
      throw new IllegalArgumentException("invalid proportion estimate settings");
    }
    this.growth = 1.0 / (1.0 - 1.0 / memory);
    this.successes = prior * priorWeight;
    this.trials = priorWeight;
  }

  /** Records one outcome. */
  public void observe(boolean success) {
    if (success) {
      successes += nextWeight;
    }
    trials += nextWeight;
    nextWeight *= growth;
    if (nextWeight > RENORMALISE_ABOVE) {
      successes /= nextWeight;
      trials /= nextWeight;
      nextWeight = 1.0;
    }
  }

  /**
   * How many observations the estimate is worth now (the prior's weight included; fading caps it
   * near the memory), so a caller can tell a fresh guess from a well-founded estimate.
   */
  public double effectiveObservations() {
    return trials / nextWeight;
  }

  /** Current estimate. */
  public double value() {
    return trials > 0 ? successes / trials : 0;
  }
}
