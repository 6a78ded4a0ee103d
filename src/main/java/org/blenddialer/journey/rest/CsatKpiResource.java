package org.blenddialer.journey.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.InstantSource;
import org.blenddialer.acd.rest.ReportingPeriod;
import org.blenddialer.journey.service.Surveys;
import org.blenddialer.users.Roles;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The self-service figure among the inbound KPIs: callers the voice menus served without an agent.
 */
@Path("/api/v1/acd/kpis/csat")
@Tag(name = "Voice menus")
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class CsatKpiResource {

  private final Surveys surveys;
  private final InstantSource clock;

  CsatKpiResource(Surveys surveys, InstantSource clock) {
    this.surveys = surveys;
    this.clock = clock;
  }

  /** CSAT (answers of 4 or 5 out of all) per queue, agent and day over [from, to). */
  @GET
  public Surveys.CsatReport csat(@QueryParam("from") String from, @QueryParam("to") String to) {
    return surveys.csat(from(from), to(to));
  }

  private Instant from(String text) {
    return ReportingPeriod.from(clock, text);
  }

  private Instant to(String text) {
    return ReportingPeriod.to(clock, text);
  }
}
