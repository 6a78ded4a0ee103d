package org.blenddialer.core.blending;

/**
 * The inbound service level reached so far in the current window (e.g. today).
 *
 * @param answeredInTime callers answered within the acceptable wait
 * @param counted callers answered, plus callers who hung up after the acceptable wait
 */
public record ServiceLevelSoFar(long answeredInTime, long counted) {

  /** Nothing counted yet. */
  public static final ServiceLevelSoFar NONE = new ServiceLevelSoFar(0, 0);

  public ServiceLevelSoFar {
    if (answeredInTime < 0 || counted < answeredInTime) {
      throw new IllegalArgumentException("need 0 <= answered in time <= counted");
    }
  }

  /** The service level so far; 1 when nothing is counted yet. */
  public double share() {
    return counted == 0 ? 1.0 : (double) answeredInTime / counted;
  }
}
