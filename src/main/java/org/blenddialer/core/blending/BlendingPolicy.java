package org.blenddialer.core.blending;

/**
 * Decides how many idle agents to hold back for inbound callers. The engine then moves blend agents
 * between inbound and outbound mode to meet it, with hysteresis.
 */
public interface BlendingPolicy {

  /** Short name, as used on the command line and in results. */
  String name();

  /**
   * Idle agents (inbound-only agents included) to keep free for inbound callers now; ignored when
   * {@link #managesModes()} is false.
   */
  int inboundReserve(BlendingSnapshot snapshot);

  /** False when blend agents stay in blended mode and routing alone shares them out. */
  default boolean managesModes() {
    return true;
  }

  /**
   * What a blend agent not held for inbound takes first when it comes free while both a live answer
   * and a caller are waiting. The engine sets the mode of agents on calls to match (outbound mode:
   * the live answer; blended mode: the caller); {@link FreeAgentPriority#AS_ROUTED} leaves modes as
   * they are.
   */
  default FreeAgentPriority freeAgentPriority(BlendingSnapshot snapshot) {
    return FreeAgentPriority.AS_ROUTED;
  }

  /** Which waiting work an agent coming free takes first. */
  enum FreeAgentPriority {
    /** Leave the agent's mode as it is. */
    AS_ROUTED,
    /** The live answer, which is lost after its few seconds' window; the caller can wait. */
    LIVE_ANSWERS,
    /** The waiting caller. */
    WAITING_CALLERS
  }
}
