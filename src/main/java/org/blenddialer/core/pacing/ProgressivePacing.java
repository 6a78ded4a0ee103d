package org.blenddialer.core.pacing;

/** Progressive dialing: one call in progress per free agent, so a connect is never dropped. */
public final class ProgressivePacing implements PacingPolicy {

  @Override
  public String name() {
    return "progressive";
  }

  @Override
  public int callsToLaunch(PacingSnapshot s) {
    return clamp(s.freeAgents() - s.pendingCalls(), s);
  }

  static int clamp(long calls, PacingSnapshot s) {
    return (int) Math.max(0, Math.min(calls, s.leadsAvailable()));
  }
}
