package org.blenddialer.journey.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import org.blenddialer.acd.rest.ReportingPeriod;
import org.blenddialer.journey.service.MenuPaths;
import org.blenddialer.users.Roles;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The self-service figure among the inbound KPIs: callers the voice menus served without an agent.
 */
@Path("/api/v1/acd/kpis/self-service")
@Tag(name = "Voice menus")
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class SelfServiceKpiResource {

  private final MenuPaths paths;
  private final InstantSource clock;

  SelfServiceKpiResource(MenuPaths paths, InstantSource clock) {
    this.paths = paths;
    this.clock = clock;
  }

  /** Self-service per entry menu ("*": all menus) over [from, to): today so far by default. */
  @GET
  public Map<String, MenuPaths.SelfService> selfService(
      @QueryParam("from") String from, @QueryParam("to") String to) {
    return paths.selfService(from(from), to(to));
  }

  private Instant from(String text) {
    return ReportingPeriod.from(clock, text);
  }

  private Instant to(String text) {
    return ReportingPeriod.to(clock, text);
  }
}
