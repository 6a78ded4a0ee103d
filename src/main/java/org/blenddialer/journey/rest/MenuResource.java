package org.blenddialer.journey.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.blenddialer.journey.service.Deployment;
import org.blenddialer.journey.service.DialplanDeployer;
import org.blenddialer.journey.service.MenuService;
import org.blenddialer.users.Roles;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Voice menus: administrators define them; every change is checked against all menus and queues,
 * then the dialplan include is rewritten and reloaded on the PBX servers.
 */
@Path("/api/v1/ivr")
@Tag(name = "Voice menus")
public class MenuResource {

  private final MenuService menus;
  private final DialplanDeployer deployer;
  private final SecurityIdentity identity;

  MenuResource(MenuService menus, DialplanDeployer deployer, SecurityIdentity identity) {
    this.menus = menus;
    this.deployer = deployer;
    this.identity = identity;
  }

  /** A menu and what deploying the change did. */
  public record MenuChange(MenuService.StoredMenu menu, Deployment deployment) {}

  @GET
  @Path("menus")
  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
  public List<MenuService.StoredMenu> list() {
    return menus.list();
  }

  @GET
  @Path("menus/{name}")
  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
  public MenuService.StoredMenu get(@PathParam("name") String name) {
    return menus.get(name);
  }

  /** Creates or replaces a menu (the name is the path's). */
  @PUT
  @Path("menus/{name}")
  @RolesAllowed(Roles.ADMIN)
  public MenuChange put(@PathParam("name") String name, MenuDefinition definition) {
    var stored = menus.put(name, definition, identity.getPrincipal().getName());
    return new MenuChange(stored, deployer.deploy());
  }

  @DELETE
  @Path("menus/{name}")
  @RolesAllowed(Roles.ADMIN)
  public Deployment delete(@PathParam("name") String name) {
    menus.delete(name);
    return deployer.deploy();
  }

  /** The generated dialplan include, as it is written for Asterisk. */
  @GET
  @Path("dialplan")
  @Produces(MediaType.TEXT_PLAIN)
  @RolesAllowed(Roles.ADMIN)
  public String dialplan() {
    return deployer.render();
  }

  /** Writes the include again and reloads it on every server that is up. */
  @POST
  @Path("dialplan/deploy")
  @RolesAllowed(Roles.ADMIN)
  public Deployment deploy() {
    return deployer.deploy();
  }
}
