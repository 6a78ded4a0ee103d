package org.blenddialer.sim.scenario;

import java.util.Objects;

/**
 * A named pair of blending and pacing policies to simulate.
 *
 * @param name as given on the command line ({@code --policy NAME})
 * @param blending the blending policy
 * @param pacing the pacing policy, used for every campaign
 * @param minTimeInMode blending hysteresis: seconds an agent stays in a mode
 */
public record PolicySpec(
    String name, BlendingSpec blending, PacingSpec pacing, double minTimeInMode) {

  public PolicySpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(blending, "blending");
    Objects.requireNonNull(pacing, "pacing");
    if (!(minTimeInMode >= 0)) {
      throw new IllegalArgumentException("minimum time in mode must be >= 0");
    }
  }
}
