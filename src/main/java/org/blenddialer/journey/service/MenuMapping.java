package org.blenddialer.journey.service;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.blenddialer.core.ivr.IvrMenu;
import org.blenddialer.core.ivr.MenuDestination;
import org.blenddialer.core.ivr.OpeningHours;
import org.blenddialer.journey.rest.MenuDefinition;
import org.blenddialer.platform.error.FieldError;
import org.blenddialer.platform.error.InvalidInputProblem;

/** Turns an administrator's menu definition into the core's menu, naming every bad field. */
final class MenuMapping {

  private MenuMapping() {}

  static IvrMenu toMenu(String name, MenuDefinition d) {
    List<FieldError> errors = new ArrayList<>();
    if (d == null) {
      throw InvalidInputProblem.ofField("body", "a menu definition is required");
    }
    Map<String, MenuDestination> options = new LinkedHashMap<>();
    if (d.options() == null || d.options().isEmpty()) {
      errors.add(new FieldError("options", "a menu needs at least one key"));
    } else {
      d.options()
          .forEach(
              (key, dest) -> {
                MenuDestination md = destination("options." + key, dest, errors);
                if (md != null) {
                  options.put(key, md);
                }
              });
    }
    MenuDestination noChoice =
        d.noChoice() == null ? null : destination("noChoice", d.noChoice(), errors);
    MenuDestination closed = d.closed() == null ? null : destination("closed", d.closed(), errors);
    OpeningHours hours = hours(d.hours(), errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputProblem(describe(errors), errors);
    }
    try {
      return new IvrMenu(
          name,
          d.greeting(),
          d.greetingText(),
          d.timeoutSeconds() == null ? 5 : d.timeoutSeconds(),
          d.maxRetries() == null ? 2 : d.maxRetries(),
          options,
          noChoice,
          hours,
          closed);
    } catch (IllegalArgumentException | NullPointerException e) {
      String message = String.valueOf(e.getMessage());
      int colon = message.indexOf(':');
      String field =
          colon > 0 && !message.substring(0, colon).contains(" ")
              ? message.substring(0, colon)
              : "name";
      throw InvalidInputProblem.ofField(
          field,
          colon > 0 && !field.equals("name") ? message.substring(colon + 1).strip() : message);
    }
  }

  private static String describe(List<FieldError> errors) {
    FieldError first = errors.get(0);
    return first.field()
        + ": "
        + first.message()
        + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "");
  }

  private static MenuDestination destination(
      String field, MenuDefinition.Destination d, List<FieldError> errors) {
    if (d == null) {
      errors.add(new FieldError(field, "a destination is required"));
      return null;
    }
    try {
      return MenuDestination.of(d.kind(), d.target());
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(field, e.getMessage()));
      return null;
    }
  }

  private static OpeningHours hours(MenuDefinition.Hours h, List<FieldError> errors) {
    if (h == null) {
      return null;
    }
    ZoneId zone;
    try {
      zone = ZoneId.of(h.zone() == null ? "UTC" : h.zone());
    } catch (DateTimeException e) {
      errors.add(new FieldError("hours.zone", "not a time zone: " + h.zone()));
      return null;
    }
    List<OpeningHours.Period> periods = new ArrayList<>();
    List<MenuDefinition.Period> given = h.periods() == null ? List.of() : h.periods();
    for (int i = 0; i < given.size(); i++) {
      MenuDefinition.Period p = given.get(i);
      String field = "hours.periods[" + i + "]";
      try {
        Set<DayOfWeek> days = new LinkedHashSet<>();
        for (String day : p.days() == null ? List.<String>of() : p.days()) {
          days.add(DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT)));
        }
        periods.add(
            new OpeningHours.Period(days, LocalTime.parse(p.from()), LocalTime.parse(p.to())));
      } catch (IllegalArgumentException | DateTimeException | NullPointerException e) {
        errors.add(
            new FieldError(
                field,
                "days MONDAY..SUNDAY, from and to as HH:MM, from before to: " + e.getMessage()));
      }
    }
    List<LocalDate> holidays = new ArrayList<>();
    List<String> dates = h.holidays() == null ? List.of() : h.holidays();
    for (int i = 0; i < dates.size(); i++) {
      try {
        holidays.add(LocalDate.parse(dates.get(i)));
      } catch (DateTimeException | NullPointerException e) {
        errors.add(new FieldError("hours.holidays[" + i + "]", "a date as YYYY-MM-DD"));
      }
    }
    return new OpeningHours(zone, periods, holidays);
  }
}
