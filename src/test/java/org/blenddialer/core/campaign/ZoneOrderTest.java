package org.blenddialer.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZoneOrderTest {

  private static final CallingHours NINE_TO_NINE =
      new CallingHours(LocalTime.of(9, 0), LocalTime.of(21, 0), EnumSet.allOf(DayOfWeek.class));

  @Test
  void easternZonesWhoseWindowClosesFirstComeFirstAndClosedZonesAreLeftOut() {
    // A lead without a zone counts as UTC: it ties with London and comes first by name.
    // 16:00 UTC: Helsinki 18:00 (closes 19:00 UTC), Berlin 17:00 (closes 20:00 UTC), London 16:00,
    // New York 11:00, Los Angeles 08:00 (closed), Tokyo 01:00 (closed).
    Instant now = Instant.parse("2026-11-24T16:00:00Z");
    List<String> zones =
        Arrays.asList(
            "America/Los_Angeles",
            "Europe/London",
            "Asia/Tokyo",
            "America/New_York",
            "Europe/Berlin",
            "Europe/Helsinki",
            null);
    assertThat(ZoneOrder.openByClosing(NINE_TO_NINE, zones, now))
        .containsExactly(
            "Europe/Helsinki", "Europe/Berlin", null, "Europe/London", "America/New_York");
  }

  @Test
  void aWindowPastMidnightClosesTheNextMorning() {
    CallingHours night =
        new CallingHours(LocalTime.of(22, 0), LocalTime.of(2, 0), EnumSet.allOf(DayOfWeek.class));
    ZoneId utc = ZoneId.of("UTC");
    assertThat(night.closing(Instant.parse("2026-11-24T23:00:00Z"), utc))
        .isEqualTo(Instant.parse("2026-11-25T02:00:00Z"));
    assertThat(night.closing(Instant.parse("2026-11-25T01:00:00Z"), utc))
        .isEqualTo(Instant.parse("2026-11-25T02:00:00Z"));
    assertThat(night.closing(Instant.parse("2026-11-25T03:00:00Z"), utc)).isNull();
  }
}
