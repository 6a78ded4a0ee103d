package org.blenddialer.core.pacing;

/** Power dialing: a fixed number of calls in progress per free agent, whatever the outcome. */
public final class PowerPacing implements PacingPolicy {

  private final double callsPerFreeAgent;

  /**
   * @param callsPerFreeAgent dial ratio, at least 1
   */
  public PowerPacing(double callsPerFreeAgent) {
    if (!(callsPerFreeAgent >= 1) || Double.isInfinite(callsPerFreeAgent)) {
      throw new IllegalArgumentException("power ratio must be >= 1: " + callsPerFreeAgent);
    }
    this.callsPerFreeAgent = callsPerFreeAgent;
  }

  @Override
  public String name() {
    return "power";
  }

  @Override
  public int callsToLaunch(PacingSnapshot s) {
    long target = (long) Math.floor(callsPerFreeAgent * s.freeAgents() + 1e-9);
    return ProgressivePacing.clamp(target - s.pendingCalls(), s);
  }
}
