package org.blenddialer.core.pacing;

/**
 * Decides how many calls a campaign launches now. Implementations may keep state between calls (an
 * adaptive dial level), so use one instance per campaign.
 */
public interface PacingPolicy {

  /** Short name, as used on the command line and in results. */
  String name();

  /** Number of new dials to place now; never negative, never more than the leads available. */
  int callsToLaunch(PacingSnapshot snapshot);

  /** True when each dial takes a free agent with it (preview): no connect can ever be dropped. */
  default boolean bindsAgentToDial() {
    return false;
  }
}
