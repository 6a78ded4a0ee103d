package org.blenddialer.acd.blending;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.InstantSource;
import org.blenddialer.acd.config.AcdConfig;
import org.blenddialer.core.estimate.InboundForecast;
import org.blenddialer.core.estimate.RateEstimate;

/**
 * The inbound load blending plans for, learned from live calls: the arrival rate (core {@link
 * RateEstimate}, fading over the configured time constant), mean handle time and caller patience
 * (abandons over total waiting time). Rates below the configured floor count as no traffic.
 */
@ApplicationScoped
public class LiveForecast {

  private final InstantSource clock;
  private final double minRate;
  private final RateEstimate arrivals;
  private double handleMean;
  private double waited;
  private double abandons;

  LiveForecast(AcdConfig config, InstantSource clock) {
    this.clock = clock;
    AcdConfig.Blending b = config.blending();
    this.minRate = b.minCallsPerHour() / 3600.0;
    this.arrivals = new RateEstimate(0, 0, b.arrivalTimeConstant().toMillis() / 1000.0, now());
    this.handleMean = Math.max(1, b.priorHandleTime().toMillis() / 1000.0);
  }

  /** A caller joined an inbound queue. */
  public synchronized void arrival() {
    arrivals.observe(now());
  }

  /** A caller stopped waiting: answered or gave up. */
  public synchronized void waited(double seconds, boolean abandoned) {
    waited = waited * 0.999 + Math.max(0, seconds);
    abandons = abandons * 0.999 + (abandoned ? 1 : 0);
  }

  /** An answered call took this long (talk plus wrap-up). */
  public synchronized void handled(double seconds) {
    handleMean = 0.9 * handleMean + 0.1 * Math.max(1, seconds);
  }

  /** The load to plan for now. */
  public synchronized InboundForecast forecast() {
    double rate = arrivals.value(now());
    double patience = abandons > 0.5 ? Math.max(1, waited / abandons) : Double.POSITIVE_INFINITY;
    return new InboundForecast(rate < minRate ? 0 : rate, handleMean, patience);
  }

  private double now() {
    return clock.millis() / 1000.0;
  }
}
