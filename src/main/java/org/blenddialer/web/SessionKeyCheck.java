package org.blenddialer.web;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Says at start when browser sessions will not survive a restart, and refuses a weak key. */
@ApplicationScoped
public class SessionKeyCheck {

  private static final Logger LOG = Logger.getLogger(SessionKeyCheck.class);

  void onStart(@Observes StartupEvent event, WebConfig config) {
    if (config.sessionKey().isEmpty()) {
      LOG.warn(
          "No dialer.web.session-key (env DIALER_WEB_SESSION_KEY) is set: a random key encrypts"
              + " browser sessions, so everyone must log in again after a restart and sessions"
              + " do not carry over between instances");
    } else if (config.sessionKey().get().length() < 16) {
      throw new IllegalStateException("dialer.web.session-key must be at least 16 characters long");
    }
  }
}
