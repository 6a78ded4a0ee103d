package org.blenddialer.core.erlang;

/**
 * Erlang B and C for loss and delay systems. Everything goes through the recurrence {@code B(n) = A
 * B(n-1) / (n + A B(n-1))}, which stays within [0, 1] at every step, so it is exact to rounding for
 * thousands of agents where factorial formulas overflow.
 */
public final class Erlang {

  private Erlang() {}

  /** Probability that a call finds all {@code agents} busy and is lost (M/M/N/N). */
  public static double erlangB(int agents, double offeredLoad) {
    requireLoad(agents, offeredLoad);
    double b = 1.0;
    for (int k = 1; k <= agents; k++) {
      b = offeredLoad * b / (k + offeredLoad * b);
    }
    return b;
  }

  /** Probability that a caller has to wait (M/M/N); 1 when the load reaches the agents. */
  public static double erlangC(int agents, double offeredLoad) {
    requireLoad(agents, offeredLoad);
    if (offeredLoad >= agents) {
      return 1.0;
    }
    return cFromB(agents, offeredLoad, erlangB(agents, offeredLoad));
  }

  /** Share of callers answered within {@code acceptableWait} seconds (M/M/N, Erlang C). */
  public static double serviceLevel(
      int agents, double offeredLoad, double handleTime, double acceptableWait) {
    if (offeredLoad >= agents) {
      return 0.0;
    }
    double c = erlangC(agents, offeredLoad);
    return 1.0 - c * Math.exp(-(agents - offeredLoad) * acceptableWait / handleTime);
  }

  /** Average speed of answer in seconds (M/M/N, Erlang C); infinite when overloaded. */
  public static double averageSpeedOfAnswer(int agents, double offeredLoad, double handleTime) {
    if (offeredLoad >= agents) {
      return Double.POSITIVE_INFINITY;
    }
    return erlangC(agents, offeredLoad) * handleTime / (agents - offeredLoad);
  }

  /**
   * Fewest agents for which Erlang C reaches the service-level {@code target} (e.g. 0.8 of callers
   * within 20 s). Linear in the answer, reusing the B recurrence from one agent count to the next.
   */
  public static int agentsForServiceLevel(
      double offeredLoad, double handleTime, double acceptableWait, double target) {
    if (!(target > 0 && target < 1)) {
      throw new IllegalArgumentException("service-level target must be in (0, 1): " + target);
    }
    requireLoad(0, offeredLoad);
    if (offeredLoad == 0) {
      return 0;
    }
    double b = 1.0;
    for (int n = 1; ; n++) {
      b = offeredLoad * b / (n + offeredLoad * b);
      if (n > offeredLoad) {
        double c = cFromB(n, offeredLoad, b);
        double sl = 1.0 - c * Math.exp(-(n - offeredLoad) * acceptableWait / handleTime);
        if (sl >= target) {
          return n;
        }
      }
    }
  }

  private static double cFromB(int agents, double load, double b) {
    return agents * b / (agents - load * (1.0 - b));
  }

  private static void requireLoad(int agents, double offeredLoad) {
    if (agents < 0) {
      throw new IllegalArgumentException("agents must not be negative: " + agents);
    }
    if (!(offeredLoad >= 0) || Double.isInfinite(offeredLoad)) {
      throw new IllegalArgumentException("offered load must be finite and >= 0: " + offeredLoad);
    }
  }
}
