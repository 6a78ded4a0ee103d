package org.blenddialer.dialer.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.blenddialer.dialer.config.DialingConfig;
import org.blenddialer.testing.Poll;
import org.junit.jupiter.api.Test;

/**
 * At startup the blending controller can ask the dialer for its campaigns before the dialer's own
 * start has run (a PBX link event wakes the controller first). The campaign refresh asked for then
 * must still happen: once it was lost, the dialer never read its campaigns again and dialed nothing
 * until a restart.
 */
class DialerStartupTest {

  @Test
  void aCampaignRefreshAskedForBeforeTheDialerStartedStillRuns() {
    DialingConfig enabled =
        (DialingConfig)
            Proxy.newProxyInstance(
                DialingConfig.class.getClassLoader(),
                new Class<?>[] {DialingConfig.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("enabled")) {
                    return true;
                  }
                  throw new UnsupportedOperationException(method.getName());
                });
    RefreshWatchingClock clock = new RefreshWatchingClock();
    // No campaign service: the refresh fails on it, which is enough to see that it ran.
    Dialer dialer = new Dialer(enabled, null, null, null, null, null, clock);
    try {
      assertThat(dialer.campaigns(0)).isEmpty();
      clock.advance(Duration.ofSeconds(2));
      assertThat(dialer.campaigns(2)).isEmpty();
      Poll.until(Duration.ofSeconds(10), "the campaign refresh ran", () -> clock.refreshes() > 0);
    } finally {
      dialer.stop(null);
    }
  }

  /** A settable clock that counts the reads only the refresh makes ({@link #instant()}). */
  private static final class RefreshWatchingClock implements InstantSource {
    private final AtomicLong millis =
        new AtomicLong(Instant.parse("2026-01-05T09:00:00Z").toEpochMilli());
    private final AtomicInteger instantReads = new AtomicInteger();

    void advance(Duration d) {
      millis.addAndGet(d.toMillis());
    }

    int refreshes() {
      return instantReads.get();
    }

    @Override
    public Instant instant() {
      instantReads.incrementAndGet();
      return Instant.ofEpochMilli(millis.get());
    }

    @Override
    public long millis() {
      return millis.get();
    }
  }
}
