package org.blenddialer.core.estimate;

/**
 * Learns the inbound arrival rate, handle time and caller patience from what callers do. Patience
 * is the exponential maximum-likelihood estimate: time spent waiting by all callers (answered ones
 * too, as censored observations) over the number who hung up.
 */
public final class InboundEstimator {

  private final RateEstimate arrivals;
  private final DurationHistogram handleTime;
  private final double fade;
  private double waited;
  private double abandons;

  /**
   * @param priorArrivalRate callers per second to start from
   * @param priorHandleTime seconds
   * @param priorPatience seconds; infinite if nothing is known
   * @param now when the estimate starts
   */
  public InboundEstimator(
      double priorArrivalRate, double priorHandleTime, double priorPatience, double now) {
    arrivals = new RateEstimate(priorArrivalRate, 60, 600, now);
    handleTime = new DurationHistogram(5, 240, 1000, priorHandleTime, 20);
    fade = 1.0 - 1.0 / 2000;
    if (Double.isFinite(priorPatience)) {
      abandons = 5;
      waited = 5 * priorPatience;
    }
  }

  /** A caller arrived. */
  public void recordArrival(double now) {
    arrivals.observe(now);
  }

  /** A caller left the queue after {@code seconds}: answered or hung up. */
  public void recordWait(double seconds, boolean abandoned) {
    waited = waited * fade + seconds;
    abandons = abandons * fade + (abandoned ? 1 : 0);
  }

  /** A call took {@code seconds} of agent time. */
  public void recordHandleTime(double seconds) {
    handleTime.observe(seconds);
  }

  /** The load to plan for now. */
  public InboundForecast forecast(double now) {
    double patience = abandons > 0.5 ? Math.max(1.0, waited / abandons) : Double.POSITIVE_INFINITY;
    return new InboundForecast(arrivals.value(now), Math.max(1.0, handleTime.mean()), patience);
  }
}
