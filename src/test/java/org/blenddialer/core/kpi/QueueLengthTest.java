package org.blenddialer.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueueLengthTest {

  private static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");
  private static final Duration HALF_HOUR = Duration.ofMinutes(30);

  private static Instant at(int minutes) {
    return NINE.plus(Duration.ofMinutes(minutes));
  }

  @Test
  void oneCallerWaitingAWholeIntervalIsOneCallerOnAverage() {
    double[] avg =
        QueueLength.averagePerInterval(
            List.of(new QueueLength.Wait(at(0), at(30))), NINE, at(60), HALF_HOUR);
    assertThat(avg).containsExactly(1.0, 0.0);
  }

  @Test
  void aWaitAcrossTheBoundaryCountsInBothIntervals() {
    double[] avg =
        QueueLength.averagePerInterval(
            List.of(new QueueLength.Wait(at(15), at(45)), new QueueLength.Wait(at(20), at(35))),
            NINE,
            at(60),
            HALF_HOUR);
    assertThat(avg[0]).isCloseTo((15 + 10) / 30.0, within(1e-9));
    assertThat(avg[1]).isCloseTo((15 + 5) / 30.0, within(1e-9));
  }

  @Test
  void aCallerStillWaitingCountsUntilNowAndTheLastIntervalIsCutShort() {
    double[] avg =
        QueueLength.averagePerInterval(
            List.of(new QueueLength.Wait(at(35), null)), NINE, at(40), HALF_HOUR);
    assertThat(avg).hasSize(2);
    assertThat(avg[0]).isZero();
    assertThat(avg[1]).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void waitsBeforeThePeriodAreCutAndNoPeriodGivesNothing() {
    double[] avg =
        QueueLength.averagePerInterval(
            List.of(new QueueLength.Wait(at(-10), at(15))), NINE, at(30), HALF_HOUR);
    assertThat(avg).containsExactly(0.5);
    assertThat(QueueLength.averagePerInterval(List.of(), NINE, NINE, HALF_HOUR)).isEmpty();
  }

  @Test
  void aWaitEndingBeforeItStartsIsRefused() {
    assertThatThrownBy(() -> new QueueLength.Wait(at(10), at(5)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
