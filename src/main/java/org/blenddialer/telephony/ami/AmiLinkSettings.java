package org.blenddialer.telephony.ami;

import java.time.Duration;

/**
 * How a link behaves: reconnect backoff (doubling from the first to the cap) and how long an action
 * may wait for its response.
 */
public record AmiLinkSettings(Duration firstBackoff, Duration maxBackoff, Duration actionTimeout) {

  public AmiLinkSettings {
    if (firstBackoff.isNegative()
        || firstBackoff.isZero()
        || maxBackoff.compareTo(firstBackoff) < 0) {
      throw new IllegalArgumentException("backoff must be positive and the cap at least the first");
    }
    if (actionTimeout.isNegative() || actionTimeout.isZero()) {
      throw new IllegalArgumentException("action timeout must be positive");
    }
  }

  /** The delay before reconnect attempt {@code failures} (1, 2, ...): doubled each time, capped. */
  Duration backoff(int failures) {
    long first = firstBackoff.toMillis();
    long max = maxBackoff.toMillis();
    int shift = Math.min(Math.max(failures - 1, 0), 30);
    long delay = first << shift;
    return Duration.ofMillis(delay <= 0 || delay > max ? max : delay);
  }
}
