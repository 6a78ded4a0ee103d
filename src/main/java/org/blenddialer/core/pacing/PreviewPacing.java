package org.blenddialer.core.pacing;

/** Preview dialing: each free agent looks at a lead and dials it; the agent waits on the line. */
public final class PreviewPacing implements PacingPolicy {

  @Override
  public String name() {
    return "preview";
  }

  @Override
  public int callsToLaunch(PacingSnapshot s) {
    return Math.min(s.freeAgents(), s.leadsAvailable());
  }

  @Override
  public boolean bindsAgentToDial() {
    return true;
  }
}
