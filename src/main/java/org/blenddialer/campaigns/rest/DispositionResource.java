package org.blenddialer.campaigns.rest;

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
import org.blenddialer.campaigns.service.DispositionService;
import org.blenddialer.platform.rest.Created;
import org.blenddialer.users.Roles;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Dispositions: every user reads them, administrators and campaign managers maintain them. */
@Path("/api/v1/dispositions")
@Tag(name = "Campaigns")
public class DispositionResource {

  private final DispositionService dispositions;

  DispositionResource(DispositionService dispositions) {
    this.dispositions = dispositions;
  }

  @GET
  @Authenticated
  public List<DispositionView> list() {
    return dispositions.list().stream().map(DispositionView::of).toList();
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.CAMPAIGN_MANAGER})
  public Response create(@Valid @NotNull DispositionDefinition definition, UriInfo uri) {
    var d = dispositions.create(definition);
    return Created.at(uri, d.id, DispositionView.of(d));
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.CAMPAIGN_MANAGER})
  public DispositionView update(
      @PathParam("id") long id, @Valid @NotNull DispositionDefinition definition) {
    return DispositionView.of(dispositions.update(id, definition));
  }
}
