package org.blenddialer.users.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.blenddialer.users.security.UserAuthenticator;

/** Periodically forgets login-throttle records that no longer matter. */
@ApplicationScoped
public class ThrottleHousekeeping {

  private final UserAuthenticator authenticator;

  ThrottleHousekeeping(UserAuthenticator authenticator) {
    this.authenticator = authenticator;
  }

  @Scheduled(every = "5m", delayed = "5m")
  void evict() {
    authenticator.evictIdle();
  }
}
