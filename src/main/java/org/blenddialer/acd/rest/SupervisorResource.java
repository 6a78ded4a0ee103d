package org.blenddialer.acd.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.blenddialer.acd.live.InboundCallTracker;
import org.blenddialer.acd.live.LiveEvent;
import org.blenddialer.acd.live.LiveFeed;
import org.blenddialer.acd.live.SupervisorBoard;
import org.blenddialer.acd.persistence.ModeSwitch;
import org.blenddialer.agents.live.AgentProblems;
import org.blenddialer.agents.live.AgentSessions;
import org.blenddialer.agents.live.AgentStatus;
import org.blenddialer.agents.rest.AgentRequests;
import org.blenddialer.core.agent.AgentState;
import org.blenddialer.platform.error.InvalidInputProblem;
import org.blenddialer.telephony.Pbx;
import org.blenddialer.telephony.SpyMode;
import org.blenddialer.users.Roles;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

/**
 * Supervisors' live view and controls: queues, agents, listen/whisper/barge, force pause/logout.
 */
@Path("/api/v1/supervisor")
@Tag(name = "Supervisor")
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class SupervisorResource {

  private final SupervisorBoard board;
  private final AgentSessions sessions;
  private final InboundCallTracker calls;
  private final LiveFeed feed;
  private final Pbx pbx;
  private final SecurityIdentity identity;
  private final InstantSource clock;

  SupervisorResource(
      SupervisorBoard board,
      AgentSessions sessions,
      InboundCallTracker calls,
      LiveFeed feed,
      Pbx pbx,
      SecurityIdentity identity,
      InstantSource clock) {
    this.board = board;
    this.sessions = sessions;
    this.calls = calls;
    this.feed = feed;
    this.pbx = pbx;
    this.identity = identity;
    this.clock = clock;
  }

  /** Every inbound queue: waiting, longest wait, SL and abandon rate today and now, agents. */
  @GET
  @Path("queues")
  public List<SupervisorBoard.QueueLive> queues() {
    return board.queues();
  }

  /** Every logged-in agent: state, time in state, calls, handle time, occupancy. */
  @GET
  @Path("agents")
  public List<AgentStatus> agents() {
    return sessions.loggedIn();
  }

  /** One agent (logged out agents show as such). */
  @GET
  @Path("agents/{id}")
  public AgentStatus agent(@PathParam("id") long id) {
    return sessions.status(id);
  }

  /** Inbound calls in flight: waiting and talking. */
  @GET
  @Path("calls")
  public List<InboundCallTracker.CallView> callsInFlight() {
    return calls.inFlight();
  }

  @POST
  @Path("agents/{id}/pause")
  public AgentStatus pause(@PathParam("id") long id, AgentRequests.Pause request) {
    return sessions.pause(id, request == null ? null : request.reason(), by());
  }

  @POST
  @Path("agents/{id}/unpause")
  public AgentStatus unpause(@PathParam("id") long id) {
    return sessions.unpause(id, by());
  }

  @POST
  @Path("agents/{id}/logout")
  public AgentStatus logOut(@PathParam("id") long id) {
    return sessions.logOut(id, by());
  }

  @PUT
  @Path("agents/{id}/mode")
  public AgentStatus mode(@PathParam("id") long id, AgentRequests.Mode request) {
    return sessions.changeWorkMode(id, request == null ? null : request.mode(), by());
  }

  /**
   * Rings the supervisor's phone and joins it to the agent's call: listen, whisper or barge.
   *
   * @param mode listen, whisper or barge
   */
  @POST
  @Path("agents/{id}/{mode: listen|whisper|barge}")
  public SpyStarted spy(
      @PathParam("id") long id, @PathParam("mode") String mode, SpyRequest request) {
    if (request == null || request.device() == null || request.device().indexOf('/') <= 0) {
      throw InvalidInputProblem.ofField("device", "the supervisor's phone, e.g. PJSIP/1100");
    }
    AgentStatus agent = sessions.status(id);
    if (agent.state() != AgentState.ON_CALL) {
      throw AgentProblems.illegalState("agent " + id + " is not on a call but " + agent.state());
    }
    SpyMode spyMode = SpyMode.valueOf(mode.toUpperCase(Locale.ROOT));
    pbx.spy(pbx.defaultServer(), request.device(), agent.device(), spyMode);
    return new SpyStarted(id, agent.device(), request.device(), spyMode);
  }

  /**
   * The supervisor's phone for a spy request.
   *
   * @param device Asterisk interface of the supervisor's phone
   */
  public record SpyRequest(String device) {}

  /**
   * A spy that was started.
   *
   * @param agentId whose call
   * @param agentDevice the agent's phone
   * @param supervisorDevice the supervisor's phone, ringing now
   * @param mode listen, whisper or barge
   */
  public record SpyStarted(
      long agentId, String agentDevice, String supervisorDevice, SpyMode mode) {}

  /**
   * Mode switches (blending's and people's) since a time, newest first, at most 500.
   *
   * @param since ISO instant; the last hour when absent
   */
  @GET
  @Path("mode-switches")
  public List<ModeSwitchView> modeSwitches(@QueryParam("since") String since) {
    Instant from;
    try {
      from =
          since == null || since.isBlank()
              ? clock.instant().minus(1, ChronoUnit.HOURS)
              : Instant.parse(since);
    } catch (RuntimeException e) {
      throw InvalidInputProblem.ofField("since", "an ISO instant like 2026-01-31T08:00:00Z");
    }
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ModeSwitch.<ModeSwitch>find(
                        "switchedAt >= ?1", Sort.descending("switchedAt", "id"), from)
                    .page(Page.ofSize(500))
                    .list()
                    .stream()
                    .map(
                        s ->
                            new ModeSwitchView(
                                s.agentId,
                                s.switchedAt,
                                s.fromMode.name(),
                                s.toMode.name(),
                                s.switchedBy,
                                s.reason))
                    .toList());
  }

  /**
   * One mode switch.
   *
   * @param agentId the agent
   * @param at when
   * @param from mode before
   * @param to mode after
   * @param by blending or a person
   * @param reason why, with the figures blending used
   */
  public record ModeSwitchView(
      long agentId, Instant at, String from, String to, String by, String reason) {}

  /** Everything live: agent states, calls waiting and ending, screen pops, mode switches. */
  @GET
  @Path("events")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @RestStreamElementType(MediaType.APPLICATION_JSON)
  public Multi<LiveEvent> events() {
    return feed.all();
  }

  private String by() {
    return identity.getPrincipal().getName();
  }
}
