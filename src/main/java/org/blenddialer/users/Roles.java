package org.blenddialer.users;

/** Role names as compile-time constants, for {@code @RolesAllowed}. Mirrors {@link Role}. */
public final class Roles {
  public static final String AGENT = "AGENT";
  public static final String SUPERVISOR = "SUPERVISOR";
  public static final String CAMPAIGN_MANAGER = "CAMPAIGN_MANAGER";
  public static final String COMPLIANCE_OFFICER = "COMPLIANCE_OFFICER";
  public static final String ADMIN = "ADMIN";

  private Roles() {}
}
