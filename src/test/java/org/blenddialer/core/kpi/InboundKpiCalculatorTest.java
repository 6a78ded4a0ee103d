package org.blenddialer.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InboundKpiCalculatorTest {

  private static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");
  private final InboundKpiCalculator kpis =
      new InboundKpiCalculator(Duration.ofSeconds(20), Duration.ofSeconds(5));

  private static InboundCall answered(
      int enterSec, int waitSec, int talkSec, int wrapSec, Boolean fcr) {
    Instant in = NINE.plusSeconds(enterSec);
    Instant answer = in.plusSeconds(waitSec);
    return new InboundCall(
        "support", in, answer, answer.plusSeconds(talkSec), Duration.ofSeconds(wrapSec), fcr);
  }

  private static InboundCall abandoned(int enterSec, int waitSec) {
    Instant in = NINE.plusSeconds(enterSec);
    return new InboundCall("support", in, null, in.plusSeconds(waitSec), null, null);
  }

  @Test
  void aSmallMorningGivesTheFiguresASupervisorWouldWorkOutByHand() {
    var calls =
        List.of(
            answered(0, 10, 170, 10, true),
            answered(30, 20, 100, 20, false),
            answered(60, 40, 230, 10, true),
            abandoned(90, 3),
            abandoned(120, 60));

    InboundKpis k = kpis.over(calls);

    assertThat(k.offered()).isEqualTo(5);
    assertThat(k.answered()).isEqualTo(3);
    assertThat(k.shortAbandoned()).isEqualTo(1);
    assertThat(k.abandoned()).isEqualTo(1);
    // 2 of (3 answered + 1 real abandon) within 20 s; 20 s itself counts as within.
    assertThat(k.serviceLevel()).isCloseTo(0.5, within(1e-9));
    assertThat(k.abandonRate()).isCloseTo(0.25, within(1e-9));
    assertThat(k.averageSpeedOfAnswer()).isEqualTo(Duration.ofSeconds(70).dividedBy(3));
    assertThat(k.longestWait()).isEqualTo(Duration.ofSeconds(60));
    assertThat(k.averageWait()).isEqualTo(Duration.ofSeconds(133).dividedBy(5));
    assertThat(k.averageHandleTime()).isEqualTo(Duration.ofSeconds(540).dividedBy(3));
    assertThat(k.firstContactResolution()).isCloseTo(2.0 / 3, within(1e-9));
  }

  @Test
  void noCallsMeansNoRatesRatherThanZero() {
    InboundKpis k = kpis.over(List.of());
    assertThat(k.serviceLevel()).isNaN();
    assertThat(k.abandonRate()).isNaN();
    assertThat(k.averageSpeedOfAnswer()).isZero();
  }

  @Test
  void callsFallIntoTheIntervalTheyEnteredTheQueueIn() {
    var calls =
        List.of(
            answered(0, 5, 60, 0, null),
            answered(14 * 60 + 59, 5, 60, 0, null),
            answered(15 * 60, 50, 60, 0, null));
    Map<Instant, InboundKpis> byQuarter = kpis.perInterval(calls, Duration.ofMinutes(15));
    assertThat(byQuarter).containsOnlyKeys(NINE, NINE.plusSeconds(900));
    assertThat(byQuarter.get(NINE).answered()).isEqualTo(2);
    assertThat(byQuarter.get(NINE).serviceLevel()).isEqualTo(1.0);
    assertThat(byQuarter.get(NINE.plusSeconds(900)).serviceLevel()).isEqualTo(0.0);
    assertThatThrownBy(() -> kpis.perInterval(calls, Duration.ofMinutes(7)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void impossibleRecordsAreRefused() {
    assertThatThrownBy(
            () -> new InboundCall("q", NINE, NINE.minusSeconds(1), NINE.plusSeconds(9), null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Occupancy(Duration.ofMinutes(61), Duration.ofMinutes(60)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void occupancyAddsUpAcrossAgents() {
    var a = new Occupancy(Duration.ofMinutes(45), Duration.ofMinutes(60));
    var b = new Occupancy(Duration.ofMinutes(15), Duration.ofMinutes(60));
    assertThat(a.plus(b).ratio()).isCloseTo(0.5, within(1e-9));
    assertThat(new Occupancy(Duration.ZERO, Duration.ZERO).ratio()).isNaN();
  }
}
