package org.blenddialer.core.estimate;

/** A learned distribution of how long something lasts (ring time, handle time), in seconds. */
public interface DurationModel {

  /** Mean duration. */
  double mean();

  /** Probability that the duration exceeds {@code seconds}. */
  double survival(double seconds);

  /**
   * Probability that something already running for {@code elapsed} seconds ends within the next
   * {@code horizon} seconds.
   */
  default double probabilityEndsWithin(double elapsed, double horizon) {
    double alive = survival(elapsed);
    if (alive <= 1e-12) {
      return 1.0;
    }
    return Math.min(1.0, Math.max(0.0, 1.0 - survival(elapsed + horizon) / alive));
  }

  /**
   * For each of {@code count} things still running at {@code now} for {@code elapsed[i]} seconds,
   * the probability that it ends within the next {@code horizon} seconds, written to {@code
   * out[i]}. A model learned from finished durations should also count the running ones, as
   * observations known to last at least their elapsed time (right-censored): at the start of a day
   * the finished ones are the short ones.
   */
  default void probabilitiesEndWithin(
      double now, double[] elapsed, int count, double horizon, double[] out) {
    for (int i = 0; i < count; i++) {
      out[i] = probabilityEndsWithin(elapsed[i], horizon);
    }
  }
}
