package org.blenddialer.acd.blending;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.blenddialer.core.blending.ServiceLevelSoFar;

/**
 * Today's service level as running counters: calls answered within their queue's threshold, and
 * calls answered or abandoned after the short-abandon threshold (the KPI calculator's definitions).
 * A call counts on the local day it entered the queue; the counters start again at day change. Not
 * thread-safe: its owner serialises access.
 */
public final class ServiceLevelToday {

  private final ZoneId zone;
  private final Duration shortAbandon;
  private LocalDate day;
  private long answeredInTime;
  private long counted;

  /**
   * @param zone whose midnight starts a new day
   * @param shortAbandon callers who hang up sooner are left out
   */
  public ServiceLevelToday(ZoneId zone, Duration shortAbandon) {
    if (zone == null || shortAbandon == null || shortAbandon.isNegative()) {
      throw new IllegalArgumentException("need a zone and a short-abandon threshold >= 0");
    }
    this.zone = zone;
    this.shortAbandon = shortAbandon;
  }

  /**
   * Counts one finished call.
   *
   * @param enteredAt when the caller joined the queue
   * @param waited how long they waited (until answer, or until they left)
   * @param answered whether an agent answered
   * @param threshold the queue's service-level threshold
   */
  public void count(Instant enteredAt, Duration waited, boolean answered, Duration threshold) {
    LocalDate callDay = enteredAt.atZone(zone).toLocalDate();
    if (day == null || callDay.isAfter(day)) {
      startDay(callDay);
    } else if (callDay.isBefore(day)) {
      return; // a call from yesterday finishing after midnight belongs to yesterday's figures
    }
    if (answered) {
      counted++;
      if (waited.compareTo(threshold) <= 0) {
        answeredInTime++;
      }
    } else if (waited.compareTo(shortAbandon) >= 0) {
      counted++;
    }
  }

  /** The service level so far on the day of {@code now}; nothing counted after a day change. */
  public ServiceLevelSoFar soFar(Instant now) {
    LocalDate today = now.atZone(zone).toLocalDate();
    if (day == null || today.isAfter(day)) {
      startDay(today);
    }
    return new ServiceLevelSoFar(answeredInTime, counted);
  }

  /** The start of the local day of {@code now}. */
  public Instant startOfDay(Instant now) {
    return now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
  }

  private void startDay(LocalDate newDay) {
    day = newDay;
    answeredInTime = 0;
    counted = 0;
  }
}
