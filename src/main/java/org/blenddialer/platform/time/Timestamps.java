package org.blenddialer.platform.time;

import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;

/** Times as the database keeps them (DATETIME(6): microseconds), so responses match later reads. */
public final class Timestamps {

  private Timestamps() {}

  /** Now, truncated to microseconds. */
  public static Instant now(InstantSource clock) {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
