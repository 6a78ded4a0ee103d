package org.blenddialer.agents.rest;

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
import org.blenddialer.agents.service.AgentService;
import org.blenddialer.platform.rest.Created;
import org.blenddialer.users.Roles;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Agent definitions: administrators maintain them, supervisors read them. */
@Path("/api/v1/agents")
@Tag(name = "Agents")
public class AgentResource {

  private final AgentService agents;

  AgentResource(AgentService agents) {
    this.agents = agents;
  }

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
  public List<AgentView> list() {
    return agents.list().stream().map(AgentView::of).toList();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
  public AgentView get(@PathParam("id") long id) {
    return AgentView.of(agents.get(id));
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  public Response create(@Valid @NotNull AgentDefinition definition, UriInfo uri) {
    var agent = agents.create(definition);
    return Created.at(uri, agent.id, AgentView.of(agent));
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Roles.ADMIN)
  public AgentView update(@PathParam("id") long id, @Valid @NotNull AgentDefinition definition) {
    return AgentView.of(agents.update(id, definition));
  }

  @POST
  @Path("{id}/deactivate")
  @RolesAllowed(Roles.ADMIN)
  public AgentView deactivate(@PathParam("id") long id) {
    return AgentView.of(agents.setActive(id, false));
  }

  @POST
  @Path("{id}/activate")
  @RolesAllowed(Roles.ADMIN)
  public AgentView activate(@PathParam("id") long id) {
    return AgentView.of(agents.setActive(id, true));
  }
}
