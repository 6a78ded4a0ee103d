package org.blenddialer.web.login;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.blenddialer.users.persistence.UserAccount;

/**
 * Turns a valid browser session cookie (which names the user who logged in with their password)
 * back into an identity on every request, reading the roles afresh: a user disabled or stripped of
 * a role loses it at their next click, not at the end of the session.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

  @Override
  public Class<TrustedAuthenticationRequest> getRequestType() {
    return TrustedAuthenticationRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
    return context.runBlocking(
        () -> QuarkusTransaction.joiningExisting().call(() -> identityOf(request.getPrincipal())));
  }

  private static SecurityIdentity identityOf(String username) {
    UserAccount user = UserAccount.findByUsername(username);
    if (user == null || !user.enabled) {
      throw new AuthenticationFailedException("The session's user no longer may log in");
    }
    var builder =
        QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(user.username));
    user.roles.forEach(role -> builder.addRole(role.name()));
    builder.addAttribute("userId", user.id);
    return builder.build();
  }
}
