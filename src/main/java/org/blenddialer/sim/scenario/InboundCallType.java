package org.blenddialer.sim.scenario;

import java.util.Objects;
import org.blenddialer.sim.Distribution;

/**
 * One kind of inbound call.
 *
 * @param name call type
 * @param callsPerHour Poisson arrival rate per period
 * @param busynessShape shape of the gamma day-level busyness factor (mean 1, variance 1/shape); 0
 *     for none
 * @param balkProbability chance that a caller who would have to wait hangs up at once
 * @param patience how long callers wait before hanging up; {@code null} for endless patience
 * @param handleTime talk time
 * @param wrapUp agent's wrap-up after the call
 */
public record InboundCallType(
    String name,
    PerPeriod callsPerHour,
    double busynessShape,
    double balkProbability,
    Distribution patience,
    Distribution handleTime,
    Distribution wrapUp) {

  public InboundCallType {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(callsPerHour, "callsPerHour");
    Objects.requireNonNull(handleTime, "handleTime");
    wrapUp = wrapUp == null ? new Distribution.Constant(0) : wrapUp;
    if (!(busynessShape >= 0) || !(balkProbability >= 0 && balkProbability <= 1)) {
      throw new IllegalArgumentException("busyness shape >= 0 and balk probability in [0, 1]");
    }
  }
}
