package org.blenddialer.core.ivr;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A two-level menu plan with opening hours and a holiday, shared by the menu tests. */
public final class IvrFixtures {

  public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

  private IvrFixtures() {}

  public static MenuPlan twoLevelPlan() {
    Map<String, MenuDestination> main = new LinkedHashMap<>();
    main.put("1", new MenuDestination.ToMenu("billing"));
    main.put("2", new MenuDestination.ToQueue("support"));
    main.put("3", new MenuDestination.PlayMessage("custom/opening-hours"));
    main.put("9", new MenuDestination.ToMenu("main"));
    Map<String, MenuDestination> billing = new LinkedHashMap<>();
    billing.put("1", new MenuDestination.ToQueue("sales"));
    billing.put("2", new MenuDestination.PlayMessage("custom/balance"));
    billing.put("0", new MenuDestination.ToMenu("main"));
    billing.put("#", new MenuDestination.HangUp());
    OpeningHours weekdays =
        new OpeningHours(
            ZONE,
            List.of(
                new OpeningHours.Period(
                    EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                    LocalTime.of(8, 0),
                    LocalTime.of(17, 0)),
                new OpeningHours.Period(
                    Set.of(DayOfWeek.SATURDAY), LocalTime.of(10, 0), LocalTime.of(12, 30))),
            List.of(LocalDate.of(2026, 12, 24)));
    return MenuPlan.of(
        List.of(
            new IvrMenu(
                "main",
                "custom/main-menu",
                "For billing press 1, for support press 2, for our hours press 3",
                5,
                2,
                main,
                new MenuDestination.ToQueue("support"),
                weekdays,
                new MenuDestination.PlayMessage("custom/closed")),
            new IvrMenu(
                "billing",
                "custom/billing-menu",
                "",
                4,
                1,
                billing,
                new MenuDestination.HangUp(),
                null,
                null)),
        Set.of("support", "sales"));
  }
}
