package org.blenddialer.core.campaign;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A campaign's own calling hours, in the called person's local time: from {@code start} to {@code
 * end} on the given days (an end before the start runs past midnight). Compliance may narrow them.
 *
 * @param start first local time to call
 * @param end local time from which no call starts
 * @param days days on which calls start
 */
public record CallingHours(LocalTime start, LocalTime end, Set<DayOfWeek> days) {

  public CallingHours {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (days == null || days.isEmpty()) {
      throw new IllegalArgumentException("calling hours need at least one day");
    }
    days = Set.copyOf(EnumSet.copyOf(days));
  }

  /** Whether a call may start at that moment for a person in that zone. */
  public boolean open(Instant at, ZoneId zone) {
    ZonedDateTime local = at.atZone(zone);
    LocalTime t = local.toLocalTime();
    if (!start.isAfter(end)) {
      return days.contains(local.getDayOfWeek()) && !t.isBefore(start) && t.isBefore(end);
    }
    // Past midnight: the evening belongs to today, the small hours to yesterday's shift.
    if (!t.isBefore(start)) {
      return days.contains(local.getDayOfWeek());
    }
    return t.isBefore(end) && days.contains(local.getDayOfWeek().minus(1));
  }

  /**
   * When the window open at {@code at} in that zone closes (the first local {@code end} after it),
   * or null when the hours are closed then.
   */
  public Instant closing(Instant at, ZoneId zone) {
    if (!open(at, zone)) {
      return null;
    }
    ZonedDateTime local = at.atZone(zone);
    LocalDate day = local.toLocalDate();
    // Past midnight, an evening call's window ends tomorrow morning.
    if (start.isAfter(end) && !local.toLocalTime().isBefore(start)) {
      day = day.plusDays(1);
    }
    return day.atTime(end).atZone(zone).toInstant();
  }

  /** The next moment at or after {@code at} when the hours open for that zone. */
  public Instant nextOpening(Instant at, ZoneId zone) {
    if (open(at, zone)) {
      return at;
    }
    LocalDate day = at.atZone(zone).toLocalDate();
    for (int i = 0; i < 9; i++) {
      LocalDate d = day.plusDays(i);
      if (days.contains(d.getDayOfWeek())) {
        Instant opening = d.atTime(start).atZone(zone).toInstant();
        if (!opening.isBefore(at)) {
          return opening;
        }
      }
    }
    throw new IllegalStateException("no opening within a week");
  }
}
