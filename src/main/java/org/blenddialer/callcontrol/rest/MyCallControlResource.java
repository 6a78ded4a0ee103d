package org.blenddialer.callcontrol.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.blenddialer.agents.live.AgentRoster;
import org.blenddialer.callcontrol.live.CallControl;
import org.blenddialer.callcontrol.live.CallControlViews;
import org.blenddialer.callcontrol.live.CallLegs;
import org.blenddialer.platform.error.NotFoundProblem;
import org.blenddialer.users.Roles;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The agent's call control: hold and resume the current call, transfer it (blind, or attended
 * through a consultation), make it a three-way conference, and read a call's legs.
 */
@Path("/api/v1/me/calls")
@Tag(name = "Agent call control")
@RolesAllowed(Roles.AGENT)
public class MyCallControlResource {

  private final CallControl control;
  private final AgentRoster roster;
  private final SecurityIdentity identity;

  MyCallControlResource(CallControl control, AgentRoster roster, SecurityIdentity identity) {
    this.control = control;
    this.roster = roster;
    this.identity = identity;
  }

  /** The current call with its screen pop (caller's record, the handover note). */
  @GET
  @Path("current")
  public CallControlViews.Current current() {
    return control
        .current(me())
        .orElseThrow(
            () -> new NotFoundProblem("Current call of agent", identity.getPrincipal().getName()));
  }

  @POST
  @Path("current/hold")
  public CallControlViews.Control hold() {
    return control.view(control.hold(me()));
  }

  @POST
  @Path("current/resume")
  public CallControlViews.Control resume() {
    return control.view(control.resume(me()));
  }

  /** Blind transfer to an agent, a queue or a number. */
  @POST
  @Path("current/transfer")
  public CallControlViews.Control transfer(CallControlRequests to) {
    return control.view(control.transfer(me(), target(to)));
  }

  /** Attended transfer: put the caller on hold and call the target. */
  @POST
  @Path("current/consultation")
  public CallControlViews.Control consult(CallControlRequests to) {
    return control.view(control.consult(me(), target(to)));
  }

  /** Attended transfer completed: the caller joins the consulted party; you leave the call. */
  @POST
  @Path("current/consultation/complete")
  public CallControlViews.Control complete() {
    return control.view(control.complete(me()));
  }

  /** Attended transfer cancelled: the consulted party is let go; you have the caller back. */
  @POST
  @Path("current/consultation/cancel")
  public CallControlViews.Control cancel() {
    return control.view(control.cancel(me()));
  }

  /** Three-way conference with the consulted party, or with the target given. */
  @POST
  @Path("current/conference")
  public CallControlViews.Control conference(CallControlRequests to) {
    boolean named =
        to != null && (to.agentId() != null || to.queue() != null || to.number() != null);
    return control.view(control.conference(me(), named ? target(to) : null));
  }

  /** The legs of a call you had a part in. */
  @GET
  @Path("{callId}/legs")
  public List<CallLegs.LegView> legs(@PathParam("callId") String callId) {
    if (!control.hadLeg(me(), callId)) {
      throw new NotFoundProblem("Call with a leg of yours", callId);
    }
    return control.legs(callId);
  }

  private static CallControl.Target target(CallControlRequests to) {
    return to == null
        ? new CallControl.Target(null, null, null, null)
        : new CallControl.Target(to.agentId(), to.queue(), to.number(), to.note());
  }

  private long me() {
    String name = identity.getPrincipal().getName();
    return roster
        .agentIdOfUsername(name)
        .orElseThrow(() -> new NotFoundProblem("Agent for user", name));
  }
}
