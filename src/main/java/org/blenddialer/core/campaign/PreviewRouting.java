package org.blenddialer.core.campaign;

/**
 * How a preview call reaches the agent who asked for it and nobody else. Every member of a preview
 * campaign's queue has a penalty of their own (their agent id); the call carries app_queue's {@code
 * QUEUE_MIN_PENALTY} and {@code QUEUE_MAX_PENALTY} set to that agent's penalty, so Asterisk's
 * Queue() (and the simulator) consider that one member only, with the usual queue events, states
 * and statistics.
 */
public final class PreviewRouting {

  /** Channel variable app_queue reads at Queue(): members below this penalty are not rung. */
  public static final String MIN_PENALTY = "QUEUE_MIN_PENALTY";

  /** Channel variable app_queue reads at Queue(): members above this penalty are not rung. */
  public static final String MAX_PENALTY = "QUEUE_MAX_PENALTY";

  private PreviewRouting() {}

  /** The penalty an agent's membership of a preview campaign's queue carries. */
  public static int memberPenalty(long agentId) {
    if (agentId <= 0 || agentId > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("agent id out of range for a queue penalty: " + agentId);
    }
    return (int) agentId;
  }
}
