package org.blenddialer.users.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.blenddialer.platform.rest.Created;
import org.blenddialer.users.Roles;
import org.blenddialer.users.service.UserService;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** User administration: create users, grant roles, disable and re-enable, reset passwords. */
@Path("/api/v1/users")
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Users")
public class UserResource {

  private final UserService users;
  private final SecurityIdentity identity;

  UserResource(UserService users, SecurityIdentity identity) {
    this.users = users;
    this.identity = identity;
  }

  @GET
  public List<UserView> list() {
    return users.list().stream().map(UserView::of).toList();
  }

  @POST
  public Response create(@Valid @NotNull NewUser request, UriInfo uri) {
    var user =
        users.create(
            request.username(), request.displayName(), request.password(), request.roles());
    return Created.at(uri, user.id, UserView.of(user));
  }

  @GET
  @Path("{id}")
  public UserView get(@PathParam("id") long id) {
    return UserView.of(users.get(id));
  }

  @PUT
  @Path("{id}/roles")
  public UserView setRoles(@PathParam("id") long id, @Valid @NotNull RolesChange request) {
    return UserView.of(users.setRoles(id, request.roles(), identity.getPrincipal().getName()));
  }

  @POST
  @Path("{id}/disable")
  public UserView disable(@PathParam("id") long id) {
    return UserView.of(users.setEnabled(id, false, identity.getPrincipal().getName()));
  }

  @POST
  @Path("{id}/enable")
  public UserView enable(@PathParam("id") long id) {
    return UserView.of(users.setEnabled(id, true, identity.getPrincipal().getName()));
  }

  @PUT
  @Path("{id}/password")
  public Response resetPassword(@PathParam("id") long id, @Valid @NotNull PasswordReset request) {
    users.resetPassword(id, request.password());
    return Response.noContent().build();
  }
}
