package org.blenddialer.users.rest;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.blenddialer.users.Role;
import org.blenddialer.users.persistence.UserAccount;

/**
 * A user as the API shows it; never the password hash.
 *
 * @param id user id
 * @param username login name
 * @param displayName name shown to others
 * @param roles roles held
 * @param enabled whether the user may log in
 * @param createdAt when the user was created (UTC)
 * @param updatedAt when the user last changed (UTC)
 */
public record UserView(
    long id,
    String username,
    String displayName,
    Set<Role> roles,
    boolean enabled,
    Instant createdAt,
    Instant updatedAt) {

  /** Maps an account to its view. */
  public static UserView of(UserAccount user) {
    return new UserView(
        user.id,
        user.username,
        user.displayName,
        new TreeSet<>(user.roles),
        user.enabled,
        user.createdAt,
        user.updatedAt);
  }
}
