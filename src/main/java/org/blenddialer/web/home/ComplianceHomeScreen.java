package org.blenddialer.web.home;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.blenddialer.campaigns.rest.DispositionView;
import org.blenddialer.campaigns.service.DispositionService;
import org.blenddialer.users.Roles;
import org.blenddialer.web.Screen;
import org.blenddialer.web.UiResource;

/** The compliance officer's home: their profile and how call outcomes feed the DNC list. */
@Path("/ui/compliance")
@RolesAllowed(Roles.COMPLIANCE_OFFICER)
@Produces(MediaType.TEXT_HTML)
public class ComplianceHomeScreen extends UiResource {

  private final Screen screen;
  private final DispositionService dispositions;
  private final Template home;

  ComplianceHomeScreen(
      Screen screen,
      DispositionService dispositions,
      @Location("home/compliance.html") Template home) {
    this.screen = screen;
    this.dispositions = dispositions;
    this.home = home;
  }

  @GET
  public String home() {
    return screen
        .page(home, "/ui/compliance")
        .data("dispositions", dispositions.list().stream().map(DispositionView::of).toList())
        .render();
  }
}
