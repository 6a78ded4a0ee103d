package org.blenddialer.core.compliance;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.TreeSet;
import org.blenddialer.core.compliance.PolicyPack.CallingWindow;
import org.blenddialer.core.compliance.PolicyPack.HolidayCalendar;

/** Whether a local moment falls inside a calling window. */
final class CallingWindows {

  private CallingWindows() {}

  /** Why this local moment is outside the window, or null when it is inside. */
  static String outside(CallingWindow w, HolidayCalendar holidays, ZonedDateTime local) {
    String at =
        "local time "
            + local.toLocalDateTime().withSecond(0).withNano(0)
            + " "
            + local.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
            + " in "
            + local.getZone().getId();
    if (!w.days().contains(local.getDayOfWeek())) {
      return at + " is not a calling day of " + describe(w);
    }
    if (w.excludeHolidays()) {
      if (!holidays.years().contains(local.getYear())) {
        return at + ": the pack has no holiday calendar for " + local.getYear();
      }
      if (holidays.dates().contains(local.toLocalDate())) {
        return at + " is a public holiday";
      }
    }
    LocalTime time = local.toLocalTime();
    // The window's end is exclusive: 21:00 means the last call starts before 21:00.
    if (time.isBefore(w.from()) || !time.isBefore(w.until())) {
      return at + " is outside " + describe(w);
    }
    return null;
  }

  static String describe(CallingWindow w) {
    var days = new TreeSet<>(w.days());
    return w.from()
        + "-"
        + w.until()
        + " on "
        + days
        + (w.excludeHolidays() ? " except holidays" : "");
  }
}
