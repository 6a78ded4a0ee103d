package org.blenddialer.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition with a deadline, checking often; the tests' one way to wait. */
public final class Poll {

  private static final long CHECK_EVERY_MILLIS = 10;

  private Poll() {}

  /** Returns once the condition holds; fails naming {@code what} when the deadline passes. */
  public static void until(Duration deadline, String what, BooleanSupplier condition) {
    long end = System.nanoTime() + deadline.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("not within " + deadline + ": " + what);
      }
      try {
        Thread.sleep(CHECK_EVERY_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what);
      }
    }
  }
}
