package org.blenddialer.dialer.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Map;
import org.blenddialer.agents.live.AgentRoster;
import org.blenddialer.dialer.persistence.AttemptStore;
import org.blenddialer.dialer.service.AgentDialing;
import org.blenddialer.dialer.service.Launcher;
import org.blenddialer.platform.error.NotFoundProblem;
import org.blenddialer.users.Roles;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An agent's outbound desk: preview the next lead, dial or skip it, disposition an attempt. */
@Path("/api/v1/me/dialer")
@Tag(name = "Agent desk")
@RolesAllowed(Roles.AGENT)
public class MyDialerResource {

  private final AgentDialing dialing;
  private final AgentRoster roster;
  private final SecurityIdentity identity;

  MyDialerResource(AgentDialing dialing, AgentRoster roster, SecurityIdentity identity) {
    this.dialing = dialing;
    this.roster = roster;
    this.identity = identity;
  }

  /** The lead to preview (held for the agent until dialed or skipped); 204 when none is due. */
  @GET
  @Path("preview")
  public Response preview() {
    AgentDialing.Preview p = dialing.preview(me());
    return p == null ? Response.noContent().build() : Response.ok(p).build();
  }

  /**
   * Dials the previewed lead. When it was not dialed, {@code refusal} says why: the refusing rule
   * ({@code campaign-hours} outside the campaign's own hours), the kind of compliance check, and
   * the reason in the core's words; the audit trail has the whole decision.
   */
  @POST
  @Path("preview/{attemptId}/dial")
  public Map<String, Object> dial(@PathParam("attemptId") long attemptId) {
    Launcher.DialOutcome outcome = dialing.dial(me(), attemptId);
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("attemptId", attemptId);
    body.put("dialed", outcome.dialed());
    if (!outcome.dialed()) {
      Map<String, Object> refusal = new java.util.LinkedHashMap<>();
      refusal.put("rule", outcome.rule());
      refusal.put("check", outcome.check() == null ? null : outcome.check().name());
      refusal.put("reason", outcome.reason());
      body.put("refusal", refusal);
    }
    return body;
  }

  /** Puts the previewed lead back without dialing it. */
  @POST
  @Path("preview/{attemptId}/skip")
  public Map<String, Object> skip(@PathParam("attemptId") long attemptId) {
    dialing.skip(me(), attemptId);
    return Map.of("attemptId", attemptId, "skipped", true);
  }

  /** Sets the disposition of an attempt the agent took (once). */
  @POST
  @Path("attempts/{attemptId}/disposition")
  public AttemptView dispose(@PathParam("attemptId") long attemptId, DispositionRequest request) {
    AttemptStore.AttemptRow a =
        dialing.dispose(
            me(),
            attemptId,
            request == null ? null : request.code(),
            identity.getPrincipal().getName());
    return AttemptView.of(a);
  }

  /**
   * Schedules a callback of the attempt's lead at a local time in the lead's zone: for anyone, for
   * the calling agent only ({@code onlyMe}), or for another agent ({@code agentId}).
   */
  @POST
  @Path("attempts/{attemptId}/callback")
  public AgentDialing.Callback callback(
      @PathParam("attemptId") long attemptId, CallbackRequest request) {
    long me = me();
    Long forAgent = null;
    if (request != null && request.agentId() != null) {
      forAgent = request.agentId();
    } else if (request != null && Boolean.TRUE.equals(request.onlyMe())) {
      forAgent = me;
    }
    return dialing.callback(
        me,
        attemptId,
        request == null ? null : request.localTime(),
        forAgent,
        identity.getPrincipal().getName());
  }

  /** When to call back (local date-time in the lead's zone) and for whom. */
  public record CallbackRequest(String localTime, Boolean onlyMe, Long agentId) {}

  /** A disposition code from the disposition table. */
  public record DispositionRequest(String code) {}

  /** An attempt as the agent sees it. */
  public record AttemptView(
      long id,
      long leadId,
      long campaignId,
      int attemptNumber,
      String phone,
      Instant dialedAt,
      Instant answeredAt,
      Instant connectedAt,
      Instant endedAt,
      String outcome,
      boolean dropped,
      String disposition) {
    static AttemptView of(AttemptStore.AttemptRow a) {
      return new AttemptView(
          a.id(),
          a.leadId(),
          a.campaignId(),
          a.attemptNumber(),
          a.phone(),
          a.dialedAt(),
          a.answeredAt(),
          a.connectedAt(),
          a.endedAt(),
          a.outcome(),
          a.dropped(),
          a.disposition());
    }
  }

  private long me() {
    String name = identity.getPrincipal().getName();
    return roster
        .agentIdOfUsername(name)
        .orElseThrow(() -> new NotFoundProblem("Agent for user", name));
  }
}
