package org.blenddialer.users.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Optional;
import org.blenddialer.users.config.SecurityConfig;
import org.blenddialer.users.persistence.UserAccount;
import org.jboss.logging.Logger;

/**
 * Checks a username and password against the user table, throttling failed attempts per username
 * and per client address.
 */
@ApplicationScoped
public class UserAuthenticator {

  private static final Logger LOG = Logger.getLogger(UserAuthenticator.class);

  private final PasswordHasher hasher;
  private final InstantSource clock;
  private final LoginThrottle perUser;
  private final LoginThrottle perAddress;

  UserAuthenticator(PasswordHasher hasher, SecurityConfig config, InstantSource clock) {
    this.hasher = hasher;
    this.clock = clock;
    SecurityConfig.Throttle t = config.loginThrottle();
    this.perUser = new LoginThrottle(t.maxFailuresPerUser(), t.window(), t.lockout());
    this.perAddress = new LoginThrottle(t.maxFailuresPerAddress(), t.window(), t.lockout());
  }

  /** The identity of the user, or an {@link AuthenticationFailedException}. */
  @Transactional
  public SecurityIdentity authenticate(String username, char[] password, String address) {
    var now = clock.instant();
    String userKey = username.toLowerCase(java.util.Locale.ROOT);
    Optional<Duration> locked =
        perUser.lockedFor(userKey, now).or(() -> perAddress.lockedFor(address, now));
    if (locked.isPresent()) {
      throw LoginThrottledException.of(locked.get().toSeconds() + 1);
    }
    UserAccount user = UserAccount.findByUsername(username);
    boolean ok = hasher.matches(new String(password), user == null ? null : user.passwordHash);
    if (!ok || !user.enabled) {
      boolean lockedUser = perUser.failed(userKey, now);
      boolean lockedAddress = perAddress.failed(address, now);
      if (lockedUser || lockedAddress) {
        LOG.warnf(
            "Failed logins locked out %s for now",
            lockedUser ? "user '" + username + "'" : "address " + address);
      }
      throw new AuthenticationFailedException("Invalid credentials");
    }
    perUser.succeeded(userKey);
    var builder =
        QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(user.username));
    user.roles.forEach(role -> builder.addRole(role.name()));
    builder.addAttribute("userId", user.id);
    return builder.build();
  }

  /** Forgets stale throttle records; called periodically. */
  public void evictIdle() {
    var now = clock.instant();
    perUser.evictIdle(now);
    perAddress.evictIdle(now);
  }
}
