package org.blenddialer.core.ivr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.blenddialer.core.callback.CallbackPolicy;
import org.junit.jupiter.api.Test;

class CallbackPolicyTest {

  private final CallbackPolicy policy =
      new CallbackPolicy(
          120,
          LocalTime.of(8, 0),
          LocalTime.of(20, 0),
          ZoneId.of("Europe/Copenhagen"),
          3,
          Duration.ofMinutes(10));

  @Test
  void aLongEstimatedWaitOffersACallback() {
    double wait = CallbackPolicy.estimatedWaitSeconds(6, 180, 4);
    assertThat(wait).isEqualTo(270);
    assertThat(policy.offersCallback(wait)).isTrue();
    assertThat(policy.offersCallback(CallbackPolicy.estimatedWaitSeconds(1, 180, 4))).isFalse();
    assertThat(policy.offersCallback(CallbackPolicy.estimatedWaitSeconds(1, 180, 0))).isTrue();
  }

  @Test
  void callbacksStartOnlyInTheWindowAndRetryUnderTheRules() {
    assertThat(policy.inWindow(Instant.parse("2026-11-23T07:30:00Z"))).isTrue(); // 08:30 CET
    assertThat(policy.inWindow(Instant.parse("2026-11-23T19:00:00Z"))).isFalse(); // 20:00 CET
    Instant failed = Instant.parse("2026-11-23T10:00:00Z");
    assertThat(policy.nextAttempt(1, failed)).contains(failed.plusSeconds(600));
    assertThat(policy.nextAttempt(3, failed)).isEmpty();
    assertThatThrownBy(
            () ->
                new CallbackPolicy(
                    1, LocalTime.NOON, LocalTime.NOON, ZoneId.of("UTC"), 1, Duration.ZERO))
        .hasMessageContaining("windowEnd");
  }

  @Test
  void theCallbackKeepsThePlaceInLine() {
    Instant joined = Instant.parse("2026-11-23T10:00:00Z");
    assertThat(CallbackPolicy.isTurn(joined, List.of(joined.minusSeconds(5)))).isFalse();
    assertThat(CallbackPolicy.isTurn(joined, List.of(joined.plusSeconds(5)))).isTrue();
    assertThat(CallbackPolicy.isTurn(joined, List.of())).isTrue();
  }
}
