package org.blenddialer.core.blending;

/**
 * The share of time lately that at least one idle agent not held for inbound was free for a caller,
 * faded exponentially so it follows the day. It starts from a belief, worth a couple of minutes,
 * that there never is one (the pooled model's own assumption), which fades as time is observed.
 */
final class UnheldIdleShare {

  private final double memory;
  private double observed;
  private double withIdle;
  private double lastSeenAt = Double.NaN;
  private boolean lastHadIdle;

  /**
   * @param memory time constant of the fading, seconds
   * @param priorSeconds seconds of "no idle agent" believed before anything is seen
   */
  UnheldIdleShare(double memory, double priorSeconds) {
    if (!(memory > 0) || !(priorSeconds > 0)) {
      throw new IllegalArgumentException("memory and prior must be positive");
    }
    this.memory = memory;
    this.observed = priorSeconds;
  }

  /** What the centre shows now; the previous state is counted up to now. */
  void observe(double now, boolean hasIdleNotHeld) {
    if (!Double.isNaN(lastSeenAt) && now > lastSeenAt) {
      double fade = Math.exp(-(now - lastSeenAt) / memory);
      double added = (1 - fade) * memory;
      observed = observed * fade + added;
      withIdle = withIdle * fade + (lastHadIdle ? added : 0);
    }
    if (Double.isNaN(lastSeenAt) || now >= lastSeenAt) {
      lastSeenAt = now;
    }
    lastHadIdle = hasIdleNotHeld;
  }

  /** The share of observed time with an idle agent not held, 0 to 1. */
  double share() {
    return withIdle / observed;
  }
}
