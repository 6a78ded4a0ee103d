package org.blenddialer.acd.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import org.blenddialer.acd.kpi.InboundKpiService;
import org.blenddialer.acd.kpi.KpiFigures;
import org.blenddialer.platform.error.InvalidInputProblem;
import org.blenddialer.users.Roles;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Inbound KPIs from our call records: per queue, per queue and interval, per agent. */
@Path("/api/v1/acd/kpis")
@Tag(name = "Inbound KPIs")
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class InboundKpiResource {

  private final InboundKpiService kpis;
  private final InstantSource clock;

  InboundKpiResource(InboundKpiService kpis, InstantSource clock) {
    this.kpis = kpis;
    this.clock = clock;
  }

  /** Per queue over [from, to): today so far by default. */
  @GET
  @Path("queues")
  public Map<String, KpiFigures> byQueue(
      @QueryParam("from") String from, @QueryParam("to") String to) {
    return kpis.byQueue(from(from), to(to));
  }

  /** One queue per interval (default PT15M) over [from, to). */
  @GET
  @Path("queues/{queue}/intervals")
  public List<KpiFigures> perInterval(
      @PathParam("queue") String queue,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("interval") String interval) {
    Duration length;
    try {
      length =
          interval == null || interval.isBlank()
              ? Duration.ofMinutes(15)
              : Duration.parse(interval);
    } catch (RuntimeException e) {
      throw InvalidInputProblem.ofField("interval", "an ISO duration like PT15M or PT30M");
    }
    return kpis.perInterval(queue, from(from), to(to), length);
  }

  /** Per agent (the calls each answered) over [from, to). */
  @GET
  @Path("agents")
  public Map<Long, KpiFigures> byAgent(
      @QueryParam("from") String from, @QueryParam("to") String to) {
    return kpis.byAgent(from(from), to(to));
  }

  private Instant from(String text) {
    return ReportingPeriod.from(clock, text);
  }

  private Instant to(String text) {
    return ReportingPeriod.to(clock, text);
  }
}
