package org.blenddialer.users.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The administrator created on first start when no enabled administrator exists. */
@ConfigMapping(prefix = "dialer.admin")
public interface AdminConfig {

  /** Username of the first administrator. */
  @WithDefault("admin")
  String username();

  /**
   * Password of the first administrator (env {@code DIALER_ADMIN_PASSWORD}); when absent a random
   * one is generated and printed once to the log.
   */
  Optional<String> password();
}
