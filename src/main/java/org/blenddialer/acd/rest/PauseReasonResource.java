package org.blenddialer.acd.rest;

import io.quarkus.security.Authenticated;
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
import org.blenddialer.acd.service.PauseReasonService;
import org.blenddialer.platform.rest.Created;
import org.blenddialer.users.Roles;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Pause reasons: every user reads the list, administrators maintain it. */
@Path("/api/v1/pause-reasons")
@Tag(name = "Queues")
public class PauseReasonResource {

  private final PauseReasonService reasons;

  PauseReasonResource(PauseReasonService reasons) {
    this.reasons = reasons;
  }

  @GET
  @Authenticated
  public List<PauseReasonView> list() {
    return reasons.list().stream().map(PauseReasonView::of).toList();
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  public Response create(@Valid @NotNull PauseReasonDefinition definition, UriInfo uri) {
    var reason = reasons.create(definition);
    return Created.at(uri, reason.id, PauseReasonView.of(reason));
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Roles.ADMIN)
  public PauseReasonView update(
      @PathParam("id") long id, @Valid @NotNull PauseReasonDefinition definition) {
    return PauseReasonView.of(reasons.update(id, definition));
  }
}
