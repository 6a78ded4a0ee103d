package org.blenddialer.users.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/** Feeds HTTP Basic credentials to {@link UserAuthenticator}, off the event loop. */
@ApplicationScoped
public class DatabaseIdentityProvider
    implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

  private final UserAuthenticator authenticator;

  DatabaseIdentityProvider(UserAuthenticator authenticator) {
    this.authenticator = authenticator;
  }

  @Override
  public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
    return UsernamePasswordAuthenticationRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
    RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
    String address =
        routing == null || routing.request().remoteAddress() == null
            ? "unknown"
            : routing.request().remoteAddress().hostAddress();
    return context.runBlocking(
        () ->
            authenticator.authenticate(
                request.getUsername(), request.getPassword().getPassword(), address));
  }
}
