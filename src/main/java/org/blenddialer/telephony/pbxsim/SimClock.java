package org.blenddialer.telephony.pbxsim;

import java.time.Instant;
import java.time.InstantSource;

/**
 * The simulator's own clock: starts at the wall time it is given and then runs {@code speedUp}
 * times faster than real time, measured on the monotonic clock so wall-clock jumps don't matter.
 */
final class SimClock {

  private final Instant start;
  private final long startNanos;
  private final double speedUp;

  SimClock(InstantSource wallClock, double speedUp) {
    this.start = wallClock.instant();
    this.startNanos = System.nanoTime();
    this.speedUp = speedUp;
  }

  /** Simulated milliseconds since the start. */
  long elapsedMillis() {
    return (long) ((System.nanoTime() - startNanos) * speedUp / 1_000_000.0);
  }

  Instant now() {
    return start.plusMillis(elapsedMillis());
  }

  /** Real nanoseconds to wait until the simulated time {@code atMillis} is reached. */
  long realNanosUntil(long atMillis) {
    long simMillis = atMillis - elapsedMillis();
    return simMillis <= 0 ? 0 : (long) (simMillis * 1_000_000.0 / speedUp);
  }

  Instant instantAt(long elapsed) {
    return start.plusMillis(elapsed);
  }

  double speedUp() {
    return speedUp;
  }

  long epochSecond() {
    return now().getEpochSecond();
  }
}
