package org.blenddialer.platform.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;

/**
 * Who is acting right now, for the audit trail: the logged-in user during a request, {@code system}
 * for the service's own work (start-up, scheduled jobs, the demo loader).
 */
@ApplicationScoped
public class CurrentActor {

  /** The actor named for the service's own work. */
  public static final String SYSTEM = "system";

  private final CurrentIdentityAssociation identities;

  CurrentActor(CurrentIdentityAssociation identities) {
    this.identities = identities;
  }

  /** The current user's name, or {@code system}. */
  public String name() {
    try {
      SecurityIdentity identity = identities.getIdentity();
      return identity == null || identity.isAnonymous()
          ? SYSTEM
          : identity.getPrincipal().getName();
    } catch (ContextNotActiveException e) {
      return SYSTEM;
    }
  }
}
