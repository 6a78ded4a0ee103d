package org.blenddialer.acd.kpi;

import java.time.Instant;
import org.blenddialer.core.kpi.InboundKpis;

/**
 * Inbound KPIs of one queue (or agent) over one period, as the API shows them. Shares are 0..1 and
 * null when no call qualifies; times are seconds.
 *
 * @param from start of the period (inclusive)
 * @param to end of the period (exclusive)
 * @param offered calls that entered the queue
 * @param answered calls an agent answered
 * @param abandoned callers who gave up after the short-abandon threshold
 * @param shortAbandoned callers who gave up within it
 * @param serviceLevel share answered within the queue's threshold
 * @param abandonRate share abandoned
 * @param averageSpeedOfAnswer mean wait of answered calls
 * @param averageWait mean wait of all calls
 * @param longestWait longest wait
 * @param averageHandleTime mean talk plus wrap-up of answered calls
 * @param firstContactResolution share of dispositioned calls resolved on first contact
 */
public record KpiFigures(
    Instant from,
    Instant to,
    long offered,
    long answered,
    long abandoned,
    long shortAbandoned,
    Double serviceLevel,
    Double abandonRate,
    double averageSpeedOfAnswer,
    double averageWait,
    double longestWait,
    double averageHandleTime,
    Double firstContactResolution) {

  /** Maps the core's figures. */
  public static KpiFigures of(Instant from, Instant to, InboundKpis k) {
    return new KpiFigures(
        from,
        to,
        k.offered(),
        k.answered(),
        k.abandoned(),
        k.shortAbandoned(),
        orNull(k.serviceLevel()),
        orNull(k.abandonRate()),
        k.averageSpeedOfAnswer().toMillis() / 1000.0,
        k.averageWait().toMillis() / 1000.0,
        k.longestWait().toMillis() / 1000.0,
        k.averageHandleTime().toMillis() / 1000.0,
        orNull(k.firstContactResolution()));
  }

  private static Double orNull(double v) {
    return Double.isNaN(v) ? null : v;
  }
}
