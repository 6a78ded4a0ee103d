package org.blenddialer.web;

import java.util.List;
import java.util.Set;
import org.blenddialer.users.Role;

/** Where each role lands after login, and which sections of the UI it sees. */
public enum RoleHome {
  // Listed in landing priority: a user holding several roles lands on the first one held.
  ADMIN(Role.ADMIN, "/ui/admin", "nav.admin"),
  SUPERVISOR(Role.SUPERVISOR, "/ui/supervisor", "nav.supervisor"),
  CAMPAIGN_MANAGER(Role.CAMPAIGN_MANAGER, "/ui/campaigns", "nav.campaigns"),
  COMPLIANCE_OFFICER(Role.COMPLIANCE_OFFICER, "/ui/compliance", "nav.compliance"),
  AGENT(Role.AGENT, "/ui/agent", "nav.agent");

  /** Page shown to a user who holds no role at all. */
  public static final String NO_ROLE = "/ui/no-role";

  private final Role role;
  private final String path;
  private final String labelKey;

  RoleHome(Role role, String path, String labelKey) {
    this.role = role;
    this.path = path;
    this.labelKey = labelKey;
  }

  /** The role's home page. */
  public String path() {
    return path;
  }

  /** Message key of the section's name. */
  public String labelKey() {
    return labelKey;
  }

  /** The role this home belongs to. */
  public Role role() {
    return role;
  }

  /** The page a user with these roles lands on after login. */
  public static String landingFor(Set<Role> roles) {
    for (RoleHome home : values()) {
      if (roles.contains(home.role)) {
        return home.path;
      }
    }
    return NO_ROLE;
  }

  /** The homes of the roles held, in navigation order. */
  public static List<RoleHome> of(Set<Role> roles) {
    return java.util.Arrays.stream(values()).filter(h -> roles.contains(h.role)).toList();
  }
}
