package org.blenddialer.users.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.blenddialer.users.service.UserService;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The logged-in user: who am I, and change my own password. */
@Path("/api/v1/me")
@Authenticated
@Tag(name = "Users")
public class MeResource {

  private final UserService users;
  private final SecurityIdentity identity;

  MeResource(UserService users, SecurityIdentity identity) {
    this.users = users;
    this.identity = identity;
  }

  @GET
  public UserView me() {
    return UserView.of(users.getByUsername(identity.getPrincipal().getName()));
  }

  @PUT
  @Path("password")
  public Response changePassword(@Valid @NotNull PasswordChange request) {
    users.changeOwnPassword(
        identity.getPrincipal().getName(), request.currentPassword(), request.newPassword());
    return Response.noContent().build();
  }
}
