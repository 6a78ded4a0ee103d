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
}
