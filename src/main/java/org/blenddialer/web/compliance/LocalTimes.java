package org.blenddialer.web.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.blenddialer.web.FormState;
import org.blenddialer.web.Screen;

/** Dates and times typed into forms, read in the zone the pages show times in. */
final class LocalTimes {

  private LocalTimes() {}

  /** A date-time field (2026-11-23T14:30, as a datetime-local input sends it), or null. */
  static Instant instant(FormState form, String field, Screen screen) {
    String value = form.trimmed(field);
    if (value == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(value).atZone(zone(screen)).toInstant();
    } catch (DateTimeParseException e) {
      form.reject(field, screen.text("complianceConsole.dateTimeFormat"));
      return null;
    }
  }

  /** A date field (2026-11-01) as the start of that day in the pages' zone, or null. */
  static Instant startOfDay(FormState form, String field, Screen screen) {
    String value = form.trimmed(field);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value).atStartOfDay(zone(screen)).toInstant();
    } catch (DateTimeParseException e) {
      form.reject(field, screen.text("complianceConsole.dateFormat"));
      return null;
    }
  }

  static ZoneId zone(Screen screen) {
    return ZoneId.of(screen.formats().zone());
  }
}
