package org.blenddialer.acd.blending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.blenddialer.core.blending.ServiceLevelSoFar;
import org.junit.jupiter.api.Test;

class ServiceLevelTodayTest {

  private static final Duration SL = Duration.ofSeconds(20);
  private static final Instant MORNING = Instant.parse("2026-11-23T08:00:00Z");

  private final ServiceLevelToday today =
      new ServiceLevelToday(ZoneId.of("UTC"), Duration.ofSeconds(5));

  @Test
  void answeredWithinTheThresholdCountsInTimeAndLaterAnswersOnlyCount() {
    today.count(MORNING, Duration.ofSeconds(20), true, SL);
    today.count(MORNING, Duration.ofSeconds(21), true, SL);

    assertEquals(new ServiceLevelSoFar(1, 2), today.soFar(MORNING.plusSeconds(60)));
  }

  @Test
  void shortAbandonsAreLeftOutAndLaterAbandonsCountAgainstTheServiceLevel() {
    today.count(MORNING, Duration.ofSeconds(3), true, SL);
    today.count(MORNING, Duration.ofSeconds(4), false, SL);
    today.count(MORNING, Duration.ofSeconds(5), false, SL);

    assertEquals(new ServiceLevelSoFar(1, 2), today.soFar(MORNING.plusSeconds(60)));
  }

  @Test
  void theCountersStartAgainAtMidnightOfTheConfiguredZone() {
    ServiceLevelToday stockholm =
        new ServiceLevelToday(ZoneId.of("Europe/Stockholm"), Duration.ofSeconds(5));
    Instant beforeMidnight = Instant.parse("2026-11-23T22:59:00Z"); // 23:59 in Stockholm
    stockholm.count(beforeMidnight, Duration.ofSeconds(2), false, SL);
    stockholm.count(beforeMidnight, Duration.ofSeconds(30), false, SL);
    assertEquals(new ServiceLevelSoFar(0, 1), stockholm.soFar(beforeMidnight));

    Instant afterMidnight = Instant.parse("2026-11-23T23:00:01Z");
    assertEquals(ServiceLevelSoFar.NONE, stockholm.soFar(afterMidnight));

    // yesterday's caller whose call ends after midnight stays in yesterday's figures
    stockholm.count(beforeMidnight, Duration.ofSeconds(10), true, SL);
    stockholm.count(afterMidnight, Duration.ofSeconds(10), true, SL);
    assertEquals(new ServiceLevelSoFar(1, 1), stockholm.soFar(afterMidnight.plusSeconds(60)));
  }

  @Test
  void aCallOfANewDayStartsThatDayEvenBeforeAnyoneAsks() {
    today.count(MORNING, Duration.ofSeconds(30), true, SL);
    today.count(MORNING.plus(Duration.ofDays(1)), Duration.ofSeconds(1), true, SL);

    assertEquals(new ServiceLevelSoFar(1, 1), today.soFar(MORNING.plus(Duration.ofDays(1))));
  }

  @Test
  void aNegativeShortAbandonThresholdIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ServiceLevelToday(ZoneId.of("UTC"), Duration.ofSeconds(-1)));
  }
}
