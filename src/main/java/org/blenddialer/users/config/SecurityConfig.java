package org.blenddialer.users.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Password hashing, failed-login throttling and the first administrator. */
@ConfigMapping(prefix = "dialer.security")
public interface SecurityConfig {

  /** bcrypt cost factor for new password hashes (4-31; each step doubles the work). */
  @WithDefault("11")
  int bcryptCost();

  /** Shortest password accepted when creating or changing one. */
  @WithDefault("10")
  int minPasswordLength();

  /** Failed-login throttling. */
  Throttle loginThrottle();

  /** Failed-login throttling, per user and per client address. */
  interface Throttle {
    /** Failed logins for one username within the window that lock it out. */
    @WithDefault("5")
    int maxFailuresPerUser();

    /** Failed logins from one client address within the window that lock it out. */
    @WithDefault("20")
    int maxFailuresPerAddress();

    /** How far back failures are counted. */
    @WithDefault("15m")
    Duration window();

    /** How long a lockout lasts. */
    @WithDefault("15m")
    Duration lockout();
  }
}
