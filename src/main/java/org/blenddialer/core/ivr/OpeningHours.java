package org.blenddialer.core.ivr;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * When a menu is open, in its own time zone: weekly periods and holidays (whole days closed). No
 * periods at all means always open (holidays still close it).
 */
public record OpeningHours(ZoneId zone, List<Period> periods, List<LocalDate> holidays) {

  /**
   * Open from {@code from} (inclusive) to {@code to} (exclusive) on these days, minute precision.
   */
  public record Period(Set<DayOfWeek> days, LocalTime from, LocalTime to) {
    public Period {
      days = Set.copyOf(days);
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (days.isEmpty()) {
        throw new IllegalArgumentException("an opening period needs at least one day");
      }
      if (!from.isBefore(to)) {
        throw new IllegalArgumentException(
            "an opening period ends after it starts: " + from + "-" + to);
      }
      if (from.getSecond() != 0
          || to.getSecond() != 0
          || from.getNano() != 0
          || to.getNano() != 0) {
        throw new IllegalArgumentException("opening times are whole minutes");
      }
    }

    boolean covers(ZonedDateTime t) {
      LocalTime time = t.toLocalTime();
      return days.contains(t.getDayOfWeek()) && !time.isBefore(from) && time.isBefore(to);
    }
  }

  public OpeningHours {
    Objects.requireNonNull(zone, "zone");
    periods = List.copyOf(periods);
    holidays = List.copyOf(holidays);
  }

  /** Open every day, all day, in UTC. */
  public static OpeningHours always() {
    return new OpeningHours(ZoneId.of("UTC"), List.of(), List.of());
  }

  /** True when a caller reaching the menu at {@code at} finds it open. */
  public boolean isOpen(Instant at) {
    ZonedDateTime local = at.atZone(zone);
    if (holidays.contains(local.toLocalDate())) {
      return false;
    }
    return periods.isEmpty() || periods.stream().anyMatch(p -> p.covers(local));
  }

  /** True when the menu is closed at some time (so it needs a closed-hours destination). */
  public boolean everClosed() {
    return !periods.isEmpty() || !holidays.isEmpty();
  }
}
