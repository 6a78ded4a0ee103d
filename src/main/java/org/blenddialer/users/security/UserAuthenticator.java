package org.blenddialer.users.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.blenddialer.audit.service.AuditEntry;
import org.blenddialer.audit.service.AuditTrail;
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
  private final AuditTrail audit;
  private final Duration sessionAuditInterval;
  private final Map<String, Instant> lastAuditedLogin = new ConcurrentHashMap<>();

  UserAuthenticator(
      PasswordHasher hasher, SecurityConfig config, InstantSource clock, AuditTrail audit) {
    this.hasher = hasher;
    this.clock = clock;
    this.audit = audit;
    this.sessionAuditInterval = config.loginThrottle().window();
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
      auditFailure(username, address, "locked out after too many failed logins");
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
      auditFailure(
          username,
          address,
          user == null ? "unknown user" : !ok ? "wrong password" : "account disabled");
      throw new AuthenticationFailedException("Invalid credentials");
    }
    perUser.succeeded(userKey);
    auditSuccess(user, address, now);
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
    lastAuditedLogin.values().removeIf(at -> at.isBefore(now.minus(sessionAuditInterval)));
  }

  /**
   * API clients send their credentials with every request: a login is audited the first time a user
   * is seen from an address, and again only after a quiet interval, not on every request.
   */
  private void auditSuccess(UserAccount user, String address, Instant now) {
    String key = user.username + "@" + address;
    Instant last = lastAuditedLogin.get(key);
    if (last == null || !now.isBefore(last.plus(sessionAuditInterval))) {
      lastAuditedLogin.put(key, now);
      audit.append(
          AuditEntry.of(user.username, "login.succeeded")
              .subject("user", user.id)
              .detail("address", address));
    }
  }

  /** Failed logins are always audited, in their own transaction: the login's own rolls back. */
  private void auditFailure(String username, String address, String reason) {
    // The name comes from the caller, unchecked: keep it to the size of a real one.
    String name = username.length() > 64 ? username.substring(0, 64) : username;
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                audit.append(
                    AuditEntry.of(name, "login.failed")
                        .subject("user", name)
                        .detail("address", address)
                        .detail("reason", reason)));
  }
}
