package org.blenddialer.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;
import java.util.Optional;

/** The browser UI: session cookie key and how times are shown. */
@ConfigMapping(prefix = "dialer.web")
public interface WebConfig {

  /**
   * Key that encrypts the login session cookie (env {@code DIALER_WEB_SESSION_KEY}, at least 16
   * characters); when absent a random one is generated per start, so sessions end at a restart.
   */
  Optional<String> sessionKey();

  /** Time zone in which the UI shows dates and times. */
  @WithDefault("UTC")
  ZoneId timeZone();
}
