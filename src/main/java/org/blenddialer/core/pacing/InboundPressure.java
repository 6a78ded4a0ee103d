package org.blenddialer.core.pacing;

/**
 * What inbound traffic takes from the agents a campaign counts on: callers waiting now, the
 * forecast arrivals, and the idle agents blending will keep (refilled from agents coming free).
 *
 * @param arrivalRate forecast inbound callers per second
 * @param handleTime mean inbound handle time in seconds
 * @param reserve idle agents blending holds for inbound
 * @param waitingCallers inbound callers waiting now
 */
public record InboundPressure(
    double arrivalRate, double handleTime, int reserve, int waitingCallers) {

  /** No inbound traffic at all (an outbound-only centre). */
  public static final InboundPressure NONE = new InboundPressure(0, 1, 0, 0);

  public InboundPressure {
    if (!(arrivalRate >= 0) || !(handleTime > 0) || reserve < 0 || waitingCallers < 0) {
      throw new IllegalArgumentException("invalid inbound pressure");
    }
  }
}
