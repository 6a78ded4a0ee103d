package org.blenddialer.core.kpi;

import java.time.Duration;

/**
 * Agent occupancy: the share of available time spent handling calls.
 *
 * @param handling talk + hold + wrap-up time
 * @param available logged-in time minus pauses
 */
public record Occupancy(Duration handling, Duration available) {

  public Occupancy {
    if (handling.isNegative() || available.isNegative()) {
      throw new IllegalArgumentException("times cannot be negative");
    }
    if (handling.compareTo(available) > 0) {
      throw new IllegalArgumentException("handling time cannot exceed available time");
    }
  }

  /** handling / available, NaN when the agent was never available. */
  public double ratio() {
    return available.isZero() ? Double.NaN : (double) handling.toMillis() / available.toMillis();
  }

  /** The sum of two periods' occupancy (e.g. two agents, or two intervals). */
  public Occupancy plus(Occupancy other) {
    return new Occupancy(handling.plus(other.handling), available.plus(other.available));
  }
}
