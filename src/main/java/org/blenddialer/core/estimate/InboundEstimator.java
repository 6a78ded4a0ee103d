package org.blenddialer.core.estimate;

/**
 * Learns the inbound arrival rate, handle time and caller patience from what callers do. Patience
 * is the exponential maximum-likelihood estimate: time spent waiting by all callers (answered ones
 * too, as censored observations) over the number who hung up. The handle time is estimated the same
 * way once calls are reported with their times ({@link #recordCallStarted}, {@link
 * #recordHandleTime(double, double)}): time spent on calls, finished and still running, over the
 * calls finished, each call weighted by when it started (fading over about an hour). Finished calls
 * alone would make it short while many calls are running, as at the start of a day, when the first
 * to end are the short ones.
 */
public final class InboundEstimator {

  private static final double PRIOR_CALLS = 20;
  // Calls started more than about an hour ago fade out of the handle-time estimate.
  private static final double TIME_CONSTANT = 3600;

  private final RateEstimate arrivals;
  private final DurationHistogram handleTime;
  private final double fade;
  private double waited;
  private double abandons;
  private final double priorHandleTime;
  private final StartWeights starts = new StartWeights(TIME_CONSTANT);
  private boolean timed;
  private double finishedWeight;
  private double finishedTime;
  private double runningWeight;
  private double runningStarts;

  /**
   * @param priorArrivalRate callers per second to start from
   * @param priorHandleTime seconds
   * @param priorPatience seconds; infinite if nothing is known
   * @param now when the estimate starts
   */
  public InboundEstimator(
      double priorArrivalRate, double priorHandleTime, double priorPatience, double now) {
    this(priorArrivalRate, 60, 600, priorHandleTime, priorPatience, now);
  }

  /**
   * @param priorArrivalRate callers per second to start from
   * @param priorArrivalSeconds how many seconds of observation that rate is worth (may be 0)
   * @param arrivalTimeConstant seconds over which old arrivals fade (by 1/e)
   * @param priorHandleTime seconds
   * @param priorPatience seconds; infinite if nothing is known
   * @param now when the estimate starts
   */
  public InboundEstimator(
      double priorArrivalRate,
      double priorArrivalSeconds,
      double arrivalTimeConstant,
      double priorHandleTime,
      double priorPatience,
      double now) {
    arrivals = new RateEstimate(priorArrivalRate, priorArrivalSeconds, arrivalTimeConstant, now);
    handleTime = new DurationHistogram(5, 240, 1000, priorHandleTime, PRIOR_CALLS);
    this.priorHandleTime = priorHandleTime;
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

  /** An agent took a caller at {@code now} (the call's handle time starts). */
  public void recordCallStarted(double now) {
    double w = weightAt(now);
    runningWeight += w;
    runningStarts += w * (now - starts.origin());
  }

  /** A call took {@code seconds} of agent time, ending at {@code endedAt}. */
  public void recordHandleTime(double seconds, double endedAt) {
    double started = endedAt - seconds;
    double w = weightAt(started);
    runningWeight = Math.max(0, runningWeight - w);
    runningStarts -= w * (started - starts.origin());
    finishedWeight += w;
    finishedTime += w * seconds;
    timed = true;
  }

  private double weightAt(double time) {
    if (!starts.started()) {
      starts.start(time);
      finishedWeight = PRIOR_CALLS;
      finishedTime = PRIOR_CALLS * priorHandleTime;
    } else if (starts.due(time)) {
      double shift = time - starts.origin();
      double scale = starts.rebase(time);
      runningStarts = scale * (runningStarts - shift * runningWeight);
      runningWeight *= scale;
      finishedWeight *= scale;
      finishedTime *= scale;
    }
    return starts.weight(time);
  }

  /** The load to plan for now. */
  public InboundForecast forecast(double now) {
    double patience = abandons > 0.5 ? Math.max(1.0, waited / abandons) : Double.POSITIVE_INFINITY;
    double handle = handleTime.mean();
    if (timed) {
      double running = Math.max(0, runningWeight * (now - starts.origin()) - runningStarts);
      handle = (finishedTime + running) / finishedWeight;
    }
    return new InboundForecast(arrivals.value(now), Math.max(1.0, handle), patience);
  }
}
