package org.blenddialer.core.estimate;

/**
 * Weights things (calls) by when they started, so that older ones fade by 1/e per time constant: a
 * thing started at {@code t} weighs {@code exp((t - origin) / timeConstant)}. Weighting the later
 * ones up, rather than the older ones down, lets sums of weights be kept as they come in; when the
 * weights grow large the origin moves forward and the holder scales its sums down by {@link
 * #rebase}'s factor. Shared by the start-weighted handle-time estimates ({@link
 * DurationHistogram}'s cohort table and {@link InboundEstimator}).
 */
final class StartWeights {

  // exp(300) is about 1e130: still far from overflow for sums of many such weights.
  private static final double REBASE_AFTER_CONSTANTS = 300;

  private final double timeConstant;
  private double origin = Double.NaN;

  StartWeights(double timeConstant) {
    if (!(timeConstant > 0)) {
      throw new IllegalArgumentException("time constant must be > 0");
    }
    this.timeConstant = timeConstant;
  }

  /** Whether an origin is set (something was weighed). */
  boolean started() {
    return !Double.isNaN(origin);
  }

  /** Sets the first origin. */
  void start(double time) {
    origin = time;
  }

  /** The current origin (NaN before {@link #start}). */
  double origin() {
    return origin;
  }

  /** The weight of a thing started at {@code time}. */
  double weight(double time) {
    return Math.exp((time - origin) / timeConstant);
  }

  /** Whether {@code time} is so far past the origin that the origin should move to it. */
  boolean due(double time) {
    return time - origin > REBASE_AFTER_CONSTANTS * timeConstant;
  }

  /**
   * Moves the origin to {@code time}; returns the factor by which the holder must multiply every
   * sum of weights it keeps.
   */
  double rebase(double time) {
    double scale = Math.exp(-(time - origin) / timeConstant);
    origin = time;
    return scale;
  }
}
