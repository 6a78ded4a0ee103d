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
}
