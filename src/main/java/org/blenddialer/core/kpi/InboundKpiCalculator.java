package org.blenddialer.core.kpi;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes {@link InboundKpis} from call records, for a whole period or per interval (15 or 30
 * minutes, by the time the caller entered the queue, as Erlang-based planning counts them).
 *
 * @param serviceLevelThreshold answered within this counts towards the service level (e.g. 20 s)
 * @param shortAbandonThreshold callers who hang up sooner are left out (e.g. 5 s; zero: none)
 */
public record InboundKpiCalculator(Duration serviceLevelThreshold, Duration shortAbandonThreshold) {

  public InboundKpiCalculator {
    if (serviceLevelThreshold == null || serviceLevelThreshold.isNegative()) {
      throw new IllegalArgumentException("service-level threshold must not be negative");
    }
    if (shortAbandonThreshold == null || shortAbandonThreshold.isNegative()) {
      throw new IllegalArgumentException("short-abandon threshold must not be negative");
    }
  }

  /** The figures over all the given calls. */
  public InboundKpis over(Iterable<InboundCall> calls) {
    long offered = 0;
    long answered = 0;
    long abandoned = 0;
    long shortAbandoned = 0;
    long within = 0;
    long resolutionKnown = 0;
    long resolved = 0;
    Duration answeredWait = Duration.ZERO;
    Duration allWait = Duration.ZERO;
    Duration longest = Duration.ZERO;
    Duration handle = Duration.ZERO;
    for (InboundCall call : calls) {
      offered++;
      Duration waited = call.waited();
      allWait = allWait.plus(waited);
      if (waited.compareTo(longest) > 0) {
        longest = waited;
      }
      if (call.wasAnswered()) {
        answered++;
        answeredWait = answeredWait.plus(waited);
        if (waited.compareTo(serviceLevelThreshold) <= 0) {
          within++;
        }
        handle = handle.plus(call.talked().orElseThrow()).plus(call.wrapUp());
        if (call.resolvedOnFirstContact() != null) {
          resolutionKnown++;
          if (call.resolvedOnFirstContact()) {
            resolved++;
          }
        }
      } else if (waited.compareTo(shortAbandonThreshold) < 0) {
        shortAbandoned++;
      } else {
        abandoned++;
      }
    }
    long qualifying = answered + abandoned;
    return new InboundKpis(
        offered,
        answered,
        abandoned,
        shortAbandoned,
        within,
        qualifying == 0 ? Double.NaN : (double) within / qualifying,
        qualifying == 0 ? Double.NaN : (double) abandoned / qualifying,
        answered == 0 ? Duration.ZERO : answeredWait.dividedBy(answered),
        offered == 0 ? Duration.ZERO : allWait.dividedBy(offered),
        longest,
        answered == 0 ? Duration.ZERO : handle.dividedBy(answered),
        resolutionKnown == 0 ? Double.NaN : (double) resolved / resolutionKnown);
  }

  /** The figures per interval of the given length, keyed by the interval's start (UTC-aligned). */
  public Map<Instant, InboundKpis> perInterval(Iterable<InboundCall> calls, Duration interval) {
    if (interval.isZero()
        || interval.isNegative()
        || Duration.ofDays(1).toNanos() % interval.toNanos() != 0) {
      throw new IllegalArgumentException(
          "interval must divide a day evenly, e.g. 15 or 30 minutes");
    }
    long step = interval.toSeconds();
    Map<Instant, List<InboundCall>> buckets = new TreeMap<>();
    for (InboundCall call : calls) {
      long start = Math.floorDiv(call.enteredQueue().getEpochSecond(), step) * step;
      buckets.computeIfAbsent(Instant.ofEpochSecond(start), k -> new ArrayList<>()).add(call);
    }
    Map<Instant, InboundKpis> result = new TreeMap<>();
    buckets.forEach((start, list) -> result.put(start, over(list)));
    return result;
  }
}
