package org.blenddialer.core.estimate;

/**
 * An arrival rate (events per second) learned online: events over observed time, both fading
 * exponentially with a time constant, started from a prior rate worth some seconds of observation.
 * Dividing by the faded observed time (not the time constant) keeps the estimate unbiased early on.
 */
public final class RateEstimate {

  private final double timeConstant;
  private double events;
  private double exposure;
  private double lastUpdate;

  /**
   * @param priorRate starting rate, events per second
   * @param priorSeconds how many seconds of observation the prior is worth (may be 0)
   * @param timeConstant seconds over which old events fade (by 1/e)
   * @param now when the estimate starts
   */
  public RateEstimate(double priorRate, double priorSeconds, double timeConstant, double now) {
    if (!(priorRate >= 0) || !(priorSeconds >= 0) || !(timeConstant > 0)) {
      throw new IllegalArgumentException("invalid rate estimate settings");
    }
    this.timeConstant = timeConstant;
    this.events = priorRate * priorSeconds;
    this.exposure = priorSeconds;
    this.lastUpdate = now;
  }

  /** Records one event at {@code now}. */
  public void observe(double now) {
    advance(now);
    events += 1.0;
  }

  /** Estimated rate at {@code now}; 0 before anything has been observed. */
  public double value(double now) {
    double elapsed = Math.max(0, now - lastUpdate);
    double keep = Math.exp(-elapsed / timeConstant);
    double seen = exposure * keep + timeConstant * (1 - keep);
    return seen > 0 ? events * keep / seen : 0.0;
  }

  private void advance(double now) {
    if (now > lastUpdate) {
      double keep = Math.exp(-(now - lastUpdate) / timeConstant);
      events *= keep;
      exposure = exposure * keep + timeConstant * (1 - keep);
      lastUpdate = now;
    }
  }
}
