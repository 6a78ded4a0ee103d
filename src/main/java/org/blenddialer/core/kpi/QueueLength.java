package org.blenddialer.core.kpi;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How many callers waited in a queue, on average, in each interval of a period: the time callers
 * spent waiting inside the interval divided by its length (the time-averaged queue length). Unlike
 * a snapshot taken now and then, it misses no short peak and needs no sampler.
 */
public final class QueueLength {

  /**
   * One caller's wait.
   *
   * @param from when the caller entered the queue
   * @param to when they left it (answered, gave up or timed out); null while still waiting
   */
  public record Wait(Instant from, Instant to) {
    public Wait {
      if (from == null) {
        throw new IllegalArgumentException("a wait needs its start");
      }
      if (to != null && to.isBefore(from)) {
        throw new IllegalArgumentException("a wait cannot end before it starts");
      }
    }
  }

  private QueueLength() {}

  /**
   * Average callers waiting per interval over [start, end); the last interval may be cut short at
   * {@code end} (now), and a wait still going on counts until {@code end}.
   */
  public static double[] averagePerInterval(
      List<Wait> waits, Instant start, Instant end, Duration interval) {
    if (!end.isAfter(start) || interval.isZero() || interval.isNegative()) {
      return new double[0];
    }
    long step = interval.toMillis();
    long from = start.toEpochMilli();
    long to = end.toEpochMilli();
    int n = (int) ((to - from + step - 1) / step);
    double[] waitedMillis = new double[n];
    for (Wait w : waits) {
      long a = Math.max(from, w.from().toEpochMilli());
      long b = Math.min(to, w.to() == null ? to : w.to().toEpochMilli());
      for (long t = a; t < b; ) {
        int i = (int) ((t - from) / step);
        long next = Math.min(b, from + (i + 1) * step);
        waitedMillis[i] += next - t;
        t = next;
      }
    }
    double[] average = new double[n];
    for (int i = 0; i < n; i++) {
      long length = Math.min(step, to - (from + i * step));
      average[i] = waitedMillis[i] / length;
    }
    return average;
  }
}
