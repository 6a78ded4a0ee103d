package org.blenddialer.acd.blending;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.InstantSource;
import org.blenddialer.acd.config.AcdConfig;
import org.blenddialer.core.estimate.InboundEstimator;
import org.blenddialer.core.estimate.InboundForecast;

/**
 * The inbound load blending plans for, learned from live calls by the same core {@link
 * InboundEstimator} the simulator uses: the arrival rate (fading over the configured time
 * constant), the handle time (calls finished and still running, each weighted by when it started,
 * so the first calls of a day to end, the short ones, do not make it look short) and caller
 * patience (time waited by all callers over those who gave up). Rates below the configured floor
 * count as no traffic.
 */
@ApplicationScoped
public class LiveForecast {

  private final InstantSource clock;
  private final double minRate;
  private final InboundEstimator estimator;

  LiveForecast(AcdConfig config, InstantSource clock) {
    this.clock = clock;
    AcdConfig.Blending b = config.blending();
    this.minRate = b.minCallsPerHour() / 3600.0;
    this.estimator =
        new InboundEstimator(
            0,
            0,
            b.arrivalTimeConstant().toMillis() / 1000.0,
            Math.max(1, b.priorHandleTime().toMillis() / 1000.0),
            Double.POSITIVE_INFINITY,
            now());
  }

  /** A caller joined an inbound queue. */
  public synchronized void arrival() {
    estimator.recordArrival(now());
  }

  /** A caller stopped waiting: answered or gave up. */
  public synchronized void waited(double seconds, boolean abandoned) {
    estimator.recordWait(Math.max(0, seconds), abandoned);
  }

  /** An agent took a caller at {@code at}: the call's handle time runs from then. */
  public synchronized void answered(Instant at) {
    estimator.recordCallStarted(seconds(at));
  }

  /**
   * A call {@link #answered} before took {@code seconds} of agent time (talk plus wrap-up) from its
   * answer.
   */
  public synchronized void handled(Instant answeredAt, double seconds) {
    double took = Math.max(1, seconds);
    estimator.recordHandleTime(took, seconds(answeredAt) + took);
  }

  /** The load to plan for now. */
  public synchronized InboundForecast forecast() {
    InboundForecast f = estimator.forecast(now());
    return f.arrivalRate() < minRate ? new InboundForecast(0, f.handleTime(), f.patience()) : f;
  }

  private double now() {
    return clock.millis() / 1000.0;
  }

  private static double seconds(Instant at) {
    return at.toEpochMilli() / 1000.0;
  }
}
