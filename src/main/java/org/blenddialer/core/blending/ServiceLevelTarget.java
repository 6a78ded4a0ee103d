package org.blenddialer.core.blending;

/**
 * An inbound service-level goal, e.g. 80% of callers answered within 20 seconds.
 *
 * @param share share of callers, in (0, 1)
 * @param acceptableWait seconds
 */
public record ServiceLevelTarget(double share, double acceptableWait) {

  public ServiceLevelTarget {
    if (!(share > 0 && share < 1)) {
      throw new IllegalArgumentException("service-level share must be in (0, 1): " + share);
    }
    if (!(acceptableWait >= 0) || Double.isInfinite(acceptableWait)) {
      throw new IllegalArgumentException("acceptable wait must be finite and >= 0");
    }
  }
}
