package org.blenddialer.agents.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.blenddialer.acd.live.LiveEvent;
import org.blenddialer.acd.live.LiveFeed;
import org.blenddialer.acd.service.DispositionService;
import org.blenddialer.agents.live.AgentRoster;
import org.blenddialer.agents.live.AgentSessions;
import org.blenddialer.agents.live.AgentStatus;
import org.blenddialer.platform.error.NotFoundProblem;
import org.blenddialer.users.Roles;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** An agent's own working day: log in and out, pause, mode, wrap-up, dispositions, live stream. */
@Path("/api/v1/me/agent")
@Tag(name = "Agent desk")
@RolesAllowed(Roles.AGENT)
public class MyAgentResource {

  private final AgentSessions sessions;
  private final AgentRoster roster;
  private final DispositionService dispositions;
  private final LiveFeed feed;
  private final SecurityIdentity identity;

  MyAgentResource(
      AgentSessions sessions,
      AgentRoster roster,
      DispositionService dispositions,
      LiveFeed feed,
      SecurityIdentity identity) {
    this.sessions = sessions;
    this.roster = roster;
    this.dispositions = dispositions;
    this.feed = feed;
    this.identity = identity;
  }

  @GET
  public AgentStatus status() {
    return sessions.status(me());
  }

  @POST
  @Path("login")
  public AgentStatus logIn(AgentRequests.LogIn request) {
    return sessions.logIn(
        me(),
        request == null ? null : request.mode(),
        request == null ? null : request.queues(),
        name());
  }

  @POST
  @Path("logout")
  public AgentStatus logOut() {
    return sessions.logOut(me(), name());
  }

  @POST
  @Path("pause")
  public AgentStatus pause(AgentRequests.Pause request) {
    return sessions.pause(me(), request == null ? null : request.reason(), name());
  }

  @POST
  @Path("unpause")
  public AgentStatus unpause() {
    return sessions.unpause(me(), name());
  }

  @POST
  @Path("wrap-up/end")
  public AgentStatus endWrapUp() {
    return sessions.endWrapUp(me());
  }

  @PUT
  @Path("mode")
  public AgentStatus mode(AgentRequests.Mode request) {
    return sessions.changeWorkMode(me(), request == null ? null : request.mode(), name());
  }

  @POST
  @Path("calls/{callId}/disposition")
  public DispositionView disposition(
      @PathParam("callId") String callId, AgentRequests.Disposition request) {
    var d =
        dispositions.set(
            me(),
            callId,
            request == null ? null : request.code(),
            request == null ? null : request.resolved(),
            request == null ? null : request.note());
    return new DispositionView(d.callId, d.code, d.resolved, d.setAt);
  }

  /** The agent's own live stream: state changes and screen pops (server-sent events). */
  @GET
  @Path("events")
  @Blocking
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @RestStreamElementType(MediaType.APPLICATION_JSON)
  public Multi<LiveEvent> events() {
    return feed.forAgent(me());
  }

  /**
   * A disposition as recorded.
   *
   * @param callId the call
   * @param code the disposition
   * @param resolved resolved on first contact
   * @param setAt when
   */
  public record DispositionView(
      String callId, String code, Boolean resolved, java.time.Instant setAt) {}

  private long me() {
    return roster
        .agentIdOfUsername(name())
        .orElseThrow(() -> new NotFoundProblem("Agent for user", name()));
  }

  private String name() {
    return identity.getPrincipal().getName();
  }
}
