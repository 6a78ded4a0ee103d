package org.blenddialer.callcontrol.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.blenddialer.callcontrol.live.CallLegs;
import org.blenddialer.platform.error.NotFoundProblem;
import org.blenddialer.users.Roles;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Any call's legs (hold, transfers, conferences), for supervisors. */
@Path("/api/v1/calls/{callId}/legs")
@Tag(name = "Agent call control")
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class CallLegResource {

  private final CallLegs legs;

  CallLegResource(CallLegs legs) {
    this.legs = legs;
  }

  /** The call's legs in order; {@code server} narrows to one PBX server. */
  @GET
  public List<CallLegs.LegView> legs(
      @PathParam("callId") String callId, @QueryParam("server") String server) {
    List<CallLegs.LegView> out = legs.of(server, callId);
    if (out.isEmpty()) {
      throw new NotFoundProblem("Call legs of", callId);
    }
    return out;
  }
}
