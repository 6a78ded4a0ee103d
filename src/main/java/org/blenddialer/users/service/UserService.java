package org.blenddialer.users.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.InstantSource;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.blenddialer.audit.service.AuditEntry;
import org.blenddialer.audit.service.AuditTrail;
import org.blenddialer.platform.error.ConflictProblem;
import org.blenddialer.platform.error.InvalidInputProblem;
import org.blenddialer.platform.error.NotFoundProblem;
import org.blenddialer.platform.security.CurrentActor;
import org.blenddialer.platform.time.Timestamps;
import org.blenddialer.users.Role;
import org.blenddialer.users.config.SecurityConfig;
import org.blenddialer.users.persistence.UserAccount;
import org.blenddialer.users.security.PasswordHasher;

/** Creates users, changes their roles, passwords and enabled flag. Owns the transactions. */
@ApplicationScoped
public class UserService {

  private final PasswordHasher hasher;
  private final SecurityConfig config;
  private final InstantSource clock;
  private final AuditTrail audit;
  private final CurrentActor actor;

  UserService(
      PasswordHasher hasher,
      SecurityConfig config,
      InstantSource clock,
      AuditTrail audit,
      CurrentActor actor) {
    this.hasher = hasher;
    this.config = config;
    this.clock = clock;
    this.audit = audit;
    this.actor = actor;
  }

  /** All users, by username. */
  @Transactional
  public List<UserAccount> list() {
    return UserAccount.listAll(io.quarkus.panache.common.Sort.by("username"));
  }

  /** One user by id. */
  @Transactional
  public UserAccount get(long id) {
    UserAccount user = UserAccount.findById(id);
    if (user == null) {
      throw new NotFoundProblem("User", id);
    }
    return user;
  }

  /** One user by username. */
  @Transactional
  public UserAccount getByUsername(String username) {
    UserAccount user = UserAccount.findByUsername(username);
    if (user == null) {
      throw new NotFoundProblem("User", username);
    }
    return user;
  }

  /** Creates an enabled user. */
  @Transactional
  public UserAccount create(String username, String displayName, String password, Set<Role> roles) {
    if (UserAccount.findByUsername(username) != null) {
      throw new ConflictProblem("A user named '" + username + "' already exists");
    }
    checkPassword("password", password);
    UserAccount user = new UserAccount();
    user.username = username;
    user.displayName = displayName;
    user.passwordHash = hasher.hash(password);
    user.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    user.createdAt = Timestamps.now(clock);
    user.updatedAt = user.createdAt;
    user.persist();
    audit.append(
        AuditEntry.of(actor.name(), "user.created")
            .subject("user", user.id)
            .detail("username", user.username)
            .detail("roles", new java.util.TreeSet<>(user.roles).toString()));
    return user;
  }

  /** Replaces the user's roles; the last enabled administrator keeps ADMIN. */
  @Transactional
  public UserAccount setRoles(long id, Set<Role> roles, String actingUsername) {
    UserAccount user = get(id);
    if (user.roles.contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
      guardLastAdmin(user, "remove the ADMIN role from");
    }
    String before = new java.util.TreeSet<>(user.roles).toString();
    user.roles.clear();
    user.roles.addAll(roles);
    user.updatedAt = Timestamps.now(clock);
    audit.append(
        AuditEntry.of(actingUsername, "user.roles-changed")
            .subject("user", user.id)
            .detail("username", user.username)
            .detail("from", before)
            .detail("to", new java.util.TreeSet<>(user.roles).toString()));
    return user;
  }

  /** Enables or disables the user; nobody disables themselves or the last administrator. */
  @Transactional
  public UserAccount setEnabled(long id, boolean enabled, String actingUsername) {
    UserAccount user = get(id);
    if (!enabled && user.username.equals(actingUsername)) {
      throw new ConflictProblem("You cannot disable your own account");
    }
    if (!enabled && user.enabled && user.roles.contains(Role.ADMIN)) {
      guardLastAdmin(user, "disable");
    }
    if (user.enabled != enabled) {
      audit.append(
          AuditEntry.of(actingUsername, enabled ? "user.enabled" : "user.disabled")
              .subject("user", user.id)
              .detail("username", user.username));
    }
    user.enabled = enabled;
    user.updatedAt = Timestamps.now(clock);
    return user;
  }

  /** Sets a new password (an administrator's reset). */
  @Transactional
  public void resetPassword(long id, String password) {
    checkPassword("password", password);
    UserAccount user = get(id);
    user.passwordHash = hasher.hash(password);
    user.updatedAt = Timestamps.now(clock);
    audit.append(
        AuditEntry.of(actor.name(), "user.password-reset")
            .subject("user", user.id)
            .detail("username", user.username));
  }

  /** Changes the user's own password after checking the current one. */
  @Transactional
  public void changeOwnPassword(String username, String current, String replacement) {
    UserAccount user = getByUsername(username);
    if (!hasher.matches(current, user.passwordHash)) {
      throw InvalidInputProblem.ofField("currentPassword", "does not match your password");
    }
    checkPassword("newPassword", replacement);
    user.passwordHash = hasher.hash(replacement);
    user.updatedAt = Timestamps.now(clock);
    audit.append(
        AuditEntry.of(username, "user.password-changed")
            .subject("user", user.id)
            .detail("username", user.username));
  }

  private void checkPassword(String field, String password) {
    if (password == null || password.length() < config.minPasswordLength()) {
      throw InvalidInputProblem.ofField(
          field, "must be at least " + config.minPasswordLength() + " characters");
    }
  }

  private void guardLastAdmin(UserAccount user, String action) {
    long otherAdmins =
        UserAccount.count(
            "select count(u) from UserAccount u join u.roles r"
                + " where u.enabled = true and r = ?1 and u.id <> ?2",
            Role.ADMIN,
            user.id);
    if (otherAdmins == 0) {
      throw new ConflictProblem("Cannot " + action + " the last enabled administrator");
    }
  }
}
