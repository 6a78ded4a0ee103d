package org.blenddialer.users.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.EnumSet;
import org.blenddialer.users.Role;
import org.blenddialer.users.config.AdminConfig;
import org.blenddialer.users.persistence.UserAccount;
import org.jboss.logging.Logger;

/**
 * On start, makes sure an administrator exists: from {@code DIALER_ADMIN_PASSWORD} when given,
 * otherwise with a random password printed once to the log. There is never a fixed default.
 */
@ApplicationScoped
public class FirstAdministrator {

  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class);
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  private final UserService users;
  private final AdminConfig config;

  FirstAdministrator(UserService users, AdminConfig config) {
    this.users = users;
    this.config = config;
  }

  @Transactional
  void onStart(@Observes @Priority(1000) StartupEvent event) {
    if (UserAccount.anyEnabledWithRole(Role.ADMIN)) {
      return;
    }
    String username = config.username();
    if (UserAccount.findByUsername(username) != null) {
      LOG.errorf(
          "No enabled administrator exists and user '%s' is taken; "
              + "set dialer.admin.username to a free name to create one",
          username);
      return;
    }
    if (config.password().isPresent()) {
      users.create(username, "Administrator", config.password().get(), EnumSet.of(Role.ADMIN));
      LOG.infof(
          "Created administrator '%s' with the password from DIALER_ADMIN_PASSWORD", username);
    } else {
      String generated = generate(20);
      users.create(username, "Administrator", generated, EnumSet.of(Role.ADMIN));
      LOG.warnf(
          "Created administrator '%s' with generated password %s"
              + " (shown only this once; change it, or set DIALER_ADMIN_PASSWORD)",
          username, generated);
    }
  }

  private static String generate(int length) {
    SecureRandom random = new SecureRandom();
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }
}
