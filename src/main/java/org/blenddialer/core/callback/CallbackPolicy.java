package org.blenddialer.core.callback;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A queue's rules for calling back instead of waiting: when callers are offered a callback (the
 * estimated wait passes the threshold), when callbacks may be made (a daily window in the queue's
 * zone), and how failed callbacks are retried.
 *
 * @param thresholdSeconds offer a callback when the estimated wait exceeds this
 * @param windowStart first time of day a callback may start (inclusive)
 * @param windowEnd time of day from which no callback starts (exclusive)
 * @param zone the window's time zone
 * @param maxAttempts calls made at most for one request
 * @param retryDelay wait after a failed attempt before the next
 */
public record CallbackPolicy(
    int thresholdSeconds,
    LocalTime windowStart,
    LocalTime windowEnd,
    ZoneId zone,
    int maxAttempts,
    Duration retryDelay) {

  public CallbackPolicy {
    if (thresholdSeconds < 0) {
      throw new IllegalArgumentException("thresholdSeconds: 0 or more");
    }
    Objects.requireNonNull(windowStart, "windowStart");
    Objects.requireNonNull(windowEnd, "windowEnd");
    Objects.requireNonNull(zone, "zone");
    if (!windowStart.isBefore(windowEnd)) {
      throw new IllegalArgumentException("windowEnd: after windowStart");
    }
    if (maxAttempts < 1 || maxAttempts > 10) {
      throw new IllegalArgumentException("maxAttempts: 1 to 10");
    }
    if (retryDelay.isNegative()) {
      throw new IllegalArgumentException("retryDelaySeconds: 0 or more");
    }
  }

  /**
   * The wait a caller at {@code position} can expect: the callers ahead share the agents serving
   * the queue, each taking a handle time; with no agent at all the wait has no end.
   */
  public static double estimatedWaitSeconds(int position, double handleSeconds, int agents) {
    if (agents <= 0) {
      return Double.POSITIVE_INFINITY;
    }
    return Math.max(0, position) * handleSeconds / agents;
  }

  /** True when a caller expecting this wait should be offered a callback. */
  public boolean offersCallback(double estimatedWaitSeconds) {
    return estimatedWaitSeconds > thresholdSeconds;
  }

  /** True when a callback may start at {@code at}. */
  public boolean inWindow(Instant at) {
    LocalTime t = at.atZone(zone).toLocalTime();
    return !t.isBefore(windowStart) && t.isBefore(windowEnd);
  }

  /** When to try again after {@code attemptsMade} failed attempts; empty when none is left. */
  public Optional<Instant> nextAttempt(int attemptsMade, Instant failedAt) {
    return attemptsMade >= maxAttempts ? Optional.empty() : Optional.of(failedAt.plus(retryDelay));
  }

  /**
   * A callback's turn has come when no caller still waiting in the queue joined it before the
   * callback's caller did: the callback keeps the place in line the caller left.
   */
  public static boolean isTurn(Instant placeInLine, List<Instant> waitingSince) {
    return waitingSince.stream().noneMatch(t -> t.isBefore(placeInLine));
  }
}
