package org.blenddialer.sim.scenario;

import java.util.List;

/** A value given for each period of the day, or one value for all periods. */
public record PerPeriod(List<Double> values) {

  public PerPeriod {
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new IllegalArgumentException("need at least one value");
    }
    for (double v : values) {
      if (!Double.isFinite(v) || v < 0) {
        throw new IllegalArgumentException("per-period values must be finite and >= 0: " + v);
      }
    }
  }

  /** The same value in every period. */
  public static PerPeriod constant(double value) {
    return new PerPeriod(List.of(value));
  }

  /** The value in the given period (the last value carries on if fewer are given). */
  public double at(int period) {
    return values.get(Math.min(period, values.size() - 1));
  }
}
