package org.blenddialer.core.estimate;

/**
 * The inbound load the blending decision plans for.
 *
 * @param arrivalRate callers per second
 * @param handleTime mean handle time in seconds
 * @param patience mean caller patience in seconds; infinite when callers are not seen to hang up
 */
public record InboundForecast(double arrivalRate, double handleTime, double patience) {

  public InboundForecast {
    if (!(arrivalRate >= 0) || Double.isInfinite(arrivalRate)) {
      throw new IllegalArgumentException("arrival rate must be finite and >= 0");
    }
    if (!(handleTime > 0) || Double.isInfinite(handleTime)) {
      throw new IllegalArgumentException("handle time must be finite and > 0");
    }
    if (!(patience > 0)) {
      throw new IllegalArgumentException("patience must be > 0 (infinite when unknown)");
    }
  }

  /** Offered load in Erlangs. */
  public double offeredLoad() {
    return arrivalRate * handleTime;
  }

  /** True when callers' patience is known, so Erlang A applies. */
  public boolean patienceKnown() {
    return Double.isFinite(patience);
  }
}
