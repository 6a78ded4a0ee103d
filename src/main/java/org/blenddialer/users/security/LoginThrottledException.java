package org.blenddialer.users.security;

import io.quarkus.security.AuthenticationFailedException;
import java.util.Map;
import java.util.Optional;

/**
 * Login refused without checking the password because the user or address is locked out. Quarkus
 * makes its authentication failure final, so the lockout travels as an attribute of it.
 */
public final class LoginThrottledException {

  private static final String RETRY_AFTER = "blenddialer.retry-after-seconds";

  private LoginThrottledException() {}

  /** The failure to throw for a lockout that ends in the given number of seconds. */
  public static AuthenticationFailedException of(long retryAfterSeconds) {
    return new AuthenticationFailedException(
        "Too many failed logins", Map.of(RETRY_AFTER, Math.max(1, retryAfterSeconds)));
  }

  /** Seconds until the lockout ends, when the failure is a lockout. */
  public static Optional<Long> retryAfterSeconds(AuthenticationFailedException failure) {
    return Optional.ofNullable(failure.<Long>getAttribute(RETRY_AFTER));
  }
}
