package org.blenddialer.users.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
  private final LoginThrottle throttle =
      new LoginThrottle(3, Duration.ofMinutes(15), Duration.ofMinutes(10));

  @Test
  void locksOutOnTheThirdFailureWithinTheWindow() {
    assertThat(throttle.failed("ole", T0)).isFalse();
    assertThat(throttle.failed("ole", T0.plusSeconds(60))).isFalse();
    assertThat(throttle.failed("ole", T0.plusSeconds(120))).isTrue();
    assertThat(throttle.lockedFor("ole", T0.plusSeconds(180))).contains(Duration.ofSeconds(540));
    assertThat(throttle.lockedFor("kari", T0.plusSeconds(180))).isEmpty();
  }

  @Test
  void lockoutEndsAfterItsDuration() {
    for (int i = 0; i < 3; i++) {
      throttle.failed("ole", T0);
    }
    assertThat(throttle.lockedFor("ole", T0.plus(Duration.ofMinutes(10)))).isEmpty();
  }

  @Test
  void failuresOlderThanTheWindowAreForgotten() {
    throttle.failed("ole", T0);
    throttle.failed("ole", T0.plusSeconds(60));
    assertThat(throttle.failed("ole", T0.plus(Duration.ofMinutes(16)))).isFalse();
  }

  @Test
  void successClearsTheCount() {
    throttle.failed("ole", T0);
    throttle.failed("ole", T0);
    throttle.succeeded("ole");
    assertThat(throttle.failed("ole", T0)).isFalse();
  }

  @Test
  void evictionKeepsLockedKeysAndDropsStaleOnes() {
    for (int i = 0; i < 3; i++) {
      throttle.failed("locked", T0);
    }
    throttle.failed("stale", T0);
    throttle.evictIdle(T0.plus(Duration.ofMinutes(5)));
    assertThat(throttle.lockedFor("locked", T0.plus(Duration.ofMinutes(5)))).isPresent();
    throttle.evictIdle(T0.plus(Duration.ofMinutes(20)));
    assertThat(throttle.failed("stale", T0.plus(Duration.ofMinutes(20)))).isFalse();
  }
}
