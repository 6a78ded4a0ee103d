package org.blenddialer.acd.rest;

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
import org.blenddialer.acd.service.QueueService;
import org.blenddialer.platform.rest.Created;
import org.blenddialer.users.Roles;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Inbound queue definitions: administrators define them, supervisors read them. */
@Path("/api/v1/queues")
@Tag(name = "Queues")
public class QueueResource {

  private final QueueService queues;

  QueueResource(QueueService queues) {
    this.queues = queues;
  }

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.AGENT})
  public List<QueueView> list() {
    return queues.list().stream().map(QueueView::of).toList();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.AGENT})
  public QueueView get(@PathParam("id") long id) {
    return QueueView.of(queues.get(id));
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  public Response create(@Valid @NotNull QueueDefinition definition, UriInfo uri) {
    var queue = queues.create(definition);
    return Created.at(uri, queue.id, QueueView.of(queue));
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Roles.ADMIN)
  public QueueView update(@PathParam("id") long id, @Valid @NotNull QueueDefinition definition) {
    return QueueView.of(queues.update(id, definition));
  }

  @POST
  @Path("{id}/deactivate")
  @RolesAllowed(Roles.ADMIN)
  public QueueView deactivate(@PathParam("id") long id) {
    return QueueView.of(queues.setActive(id, false));
  }

  @POST
  @Path("{id}/activate")
  @RolesAllowed(Roles.ADMIN)
  public QueueView activate(@PathParam("id") long id) {
    return QueueView.of(queues.setActive(id, true));
  }
}
