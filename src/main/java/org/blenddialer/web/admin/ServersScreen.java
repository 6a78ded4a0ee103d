package org.blenddialer.web.admin;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.List;
import org.blenddialer.telephony.LinkState;
import org.blenddialer.telephony.Pbx;
import org.blenddialer.telephony.PbxLinkStatus;
import org.blenddialer.users.Roles;
import org.blenddialer.web.Screen;
import org.blenddialer.web.UiResource;

/**
 * The Asterisk servers the service drives and where each link stands (the same figures as the
 * readiness check), refreshed every few seconds. Addresses only: credentials are never shown.
 */
@Path("/ui/admin/servers")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class ServersScreen extends UiResource {

  private final Screen screen;
  private final Pbx pbx;
  private final InstantSource clock;
  private final Template page;
  private final Template table;

  ServersScreen(
      Screen screen,
      Pbx pbx,
      InstantSource clock,
      @Location("admin/servers.html") Template page,
      @Location("admin/servers-table.html") Template table) {
    this.screen = screen;
    this.pbx = pbx;
    this.clock = clock;
    this.page = page;
    this.table = table;
  }

  @GET
  public String show() {
    return withLinks(screen.page(page, "/ui/admin")).render();
  }

  /** The live part, polled by the page. */
  @GET
  @Path("links")
  public String links() {
    return withLinks(screen.page(table, "/ui/admin")).render();
  }

  private io.quarkus.qute.TemplateInstance withLinks(io.quarkus.qute.TemplateInstance template) {
    List<ServerLink> links =
        pbx.links().stream()
            .sorted(Comparator.comparing(PbxLinkStatus::server))
            .map(
                l ->
                    new ServerLink(
                        l.server(),
                        l.address(),
                        l.state(),
                        l.ready(),
                        l.since(),
                        Math.max(0, Duration.between(l.since(), clock.instant()).toSeconds()),
                        l.detail(),
                        l.server().equals(pbx.defaultServer())))
            .toList();
    return template
        .data("links", links)
        .data("allReady", links.stream().allMatch(ServerLink::ready))
        .data("checkedAt", clock.instant());
  }

  /**
   * One server's link as the page shows it.
   *
   * @param server configured name
   * @param address host:port
   * @param state DISCONNECTED, CONNECTING, SYNCING or READY
   * @param ready whether commands may be sent
   * @param since when it entered the state
   * @param seconds how long it has been in it
   * @param detail the last error, or empty
   * @param defaultServer whether campaigns without a server use it
   */
  @TemplateData
  public record ServerLink(
      String server,
      String address,
      LinkState state,
      boolean ready,
      java.time.Instant since,
      long seconds,
      String detail,
      boolean defaultServer) {}
}
