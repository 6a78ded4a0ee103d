package org.blenddialer.web;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/** Dates, times and numbers written the way the user's language writes them. */
@TemplateData
public final class LocalFormats {

  private final Locale locale;
  private final ZoneId zone;

  public LocalFormats(Locale locale, ZoneId zone) {
    this.locale = locale;
    this.zone = zone;
  }

  /** Date and time of an instant in the UI's zone, e.g. 23.11.2026 19.33. */
  public String dateTime(Instant instant) {
    if (instant == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(locale)
        .withZone(zone)
        .format(instant);
  }

  /** A date, e.g. 23.11.2026 or Nov 23, 2026. */
  public String date(java.time.LocalDate date) {
    if (date == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
  }

  /** A time of day, e.g. 09:00 or 9:00 AM. */
  public String time(LocalTime time) {
    if (time == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(time);
  }

  /** Short weekday names in week order, e.g. ma, ti, on. */
  public String days(Collection<DayOfWeek> days) {
    return days.stream()
        .sorted()
        .map(d -> d.getDisplayName(TextStyle.SHORT, locale))
        .collect(Collectors.joining(", "));
  }

  /** A number with the language's separators, e.g. 1 234,5. */
  public String number(Number number) {
    if (number == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    if (number instanceof BigDecimal decimal) {
      format.setMinimumFractionDigits(Math.max(0, decimal.stripTrailingZeros().scale()));
    }
    return format.format(number);
  }

  /** A ratio as a percentage with one decimal, e.g. 12,5 % for 0.125; empty for null. */
  public String percent(Number ratio) {
    if (ratio == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getPercentInstance(locale);
    format.setMinimumFractionDigits(1);
    format.setMaximumFractionDigits(1);
    return format.format(ratio.doubleValue());
  }

  /** A length of time in seconds as h:mm:ss (the same in every language). */
  public String duration(Number seconds) {
    long s = seconds == null ? 0 : Math.max(0, seconds.longValue());
    return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
  }

  /** Date and time of an instant in a given zone (a lead's), e.g. 24.11.2026 10.30. */
  public String dateTimeIn(Instant instant, String zoneId) {
    if (instant == null) {
      return "";
    }
    ZoneId in = zoneId == null || zoneId.isBlank() ? zone : ZoneId.of(zoneId);
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(locale)
        .withZone(in)
        .format(instant);
  }

  /** The zone times are shown in, e.g. UTC. */
  public String zone() {
    return zone.getId();
  }
}
