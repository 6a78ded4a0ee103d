package org.blenddialer.dialer.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.blenddialer.core.compliance.CallConduct;
import org.junit.jupiter.api.Test;

/** The dialer lets a phone ring at least as long as the packs for that number require. */
class RingTimeTest {

  private static CallConduct minimumRing(Duration d) {
    return new CallConduct(d, false, null, null, false, false);
  }

  @Test
  void aShortConfiguredRingIsStretchedToThePackMinimum() {
    assertEquals(
        Duration.ofSeconds(15),
        Launcher.ringFor(Duration.ofSeconds(10), minimumRing(Duration.ofSeconds(15))));
  }

  @Test
  void aLongerConfiguredRingIsKept() {
    assertEquals(
        Duration.ofSeconds(30),
        Launcher.ringFor(Duration.ofSeconds(30), minimumRing(Duration.ofSeconds(15))));
  }

  @Test
  void withoutARuleTheConfiguredRingApplies() {
    assertEquals(Duration.ofSeconds(8), Launcher.ringFor(Duration.ofSeconds(8), CallConduct.NONE));
  }
}
