package org.blenddialer.users.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per key (a username, a client address) in a sliding window and locks a key
 * out for a while once it reaches its limit. Time is passed in, so it is testable without waiting.
 */
public final class LoginThrottle {

  private final int maxFailures;
  private final Duration window;
  private final Duration lockout;
  private final Map<String, Record> records = new ConcurrentHashMap<>();

  /** A throttle that locks a key out after {@code maxFailures} failures within {@code window}. */
  public LoginThrottle(int maxFailures, Duration window, Duration lockout) {
    if (maxFailures < 1) {
      throw new IllegalArgumentException("maxFailures must be at least 1");
    }
    if (window.isNegative() || window.isZero() || lockout.isNegative()) {
      throw new IllegalArgumentException("window must be positive and lockout not negative");
    }
    this.maxFailures = maxFailures;
    this.window = window;
    this.lockout = lockout;
  }

  /** How long the key is still locked out at {@code now}, if it is. */
  public Optional<Duration> lockedFor(String key, Instant now) {
    Record record = records.get(key);
    if (record == null) {
      return Optional.empty();
    }
    synchronized (record) {
      if (record.lockedUntil != null && now.isBefore(record.lockedUntil)) {
        return Optional.of(Duration.between(now, record.lockedUntil));
      }
      return Optional.empty();
    }
  }

  /** Records a failed login for the key; returns true when this failure locks it out. */
  public boolean failed(String key, Instant now) {
    Record record = records.computeIfAbsent(key, k -> new Record());
    synchronized (record) {
      Instant horizon = now.minus(window);
      while (!record.failures.isEmpty() && !record.failures.peekFirst().isAfter(horizon)) {
        record.failures.pollFirst();
      }
      record.failures.addLast(now);
      if (record.failures.size() >= maxFailures) {
        record.failures.clear();
        record.lockedUntil = now.plus(lockout);
        return true;
      }
      return false;
    }
  }

  /** Forgets the key's failures after a successful login. */
  public void succeeded(String key) {
    records.remove(key);
  }

  /** Drops records with nothing left to remember, so memory stays bounded. */
  public void evictIdle(Instant now) {
    Instant horizon = now.minus(window);
    records
        .entrySet()
        .removeIf(
            e -> {
              Record r = e.getValue();
              synchronized (r) {
                boolean locked = r.lockedUntil != null && now.isBefore(r.lockedUntil);
                boolean recent = !r.failures.isEmpty() && r.failures.peekLast().isAfter(horizon);
                return !locked && !recent;
              }
            });
  }

  private static final class Record {
    final Deque<Instant> failures = new ArrayDeque<>();
    Instant lockedUntil;
  }
}
