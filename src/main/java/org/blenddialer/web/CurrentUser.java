package org.blenddialer.web;

import io.quarkus.qute.TemplateData;
import java.util.Set;
import org.blenddialer.users.Role;

/**
 * The logged-in user as pages show them.
 *
 * @param id user id
 * @param username login name
 * @param displayName name shown
 * @param roles roles held
 */
@TemplateData
public record CurrentUser(long id, String username, String displayName, Set<Role> roles) {

  /** Whether the user is an administrator. */
  public boolean admin() {
    return roles.contains(Role.ADMIN);
  }

  /** Whether the user may run campaigns. */
  public boolean campaignManager() {
    return roles.contains(Role.CAMPAIGN_MANAGER) || roles.contains(Role.ADMIN);
  }

  /** Whether the user holds the role. */
  public boolean has(Role role) {
    return roles.contains(role);
  }
}
