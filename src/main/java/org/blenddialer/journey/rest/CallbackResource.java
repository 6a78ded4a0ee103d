package org.blenddialer.journey.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
import org.blenddialer.journey.persistence.CallbackRequestRecord;
import org.blenddialer.journey.service.CallbackPolicies;
import org.blenddialer.journey.service.Deployment;
import org.blenddialer.journey.service.DialplanDeployer;
import org.blenddialer.users.Roles;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Callbacks instead of waiting: each queue's rules, and the callbacks callers asked for. */
@Path("/api/v1/callbacks")
@Tag(name = "Callbacks")
public class CallbackResource {

  private final CallbackPolicies policies;
  private final DialplanDeployer deployer;

  CallbackResource(CallbackPolicies policies, DialplanDeployer deployer) {
    this.policies = policies;
    this.deployer = deployer;
  }

  /** A callback request as supervisors see it. */
  public record CallbackView(
      long id,
      String callId,
      String queue,
      String number,
      Instant placeInLine,
      Instant requestedAt,
      String status,
      int attempts,
      Instant nextAttemptAt,
      Long agentId,
      String agentDevice,
      String lastOutcome) {}

  /** A queue's new rules and what deploying the offer dialplan did. */
  public record PolicyChange(CallbackPolicies.Settings policy, Deployment deployment) {}

  @GET
  @Path("policies")
  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
  public List<CallbackPolicies.Settings> policies() {
    return policies.list();
  }

  @PUT
  @Path("policies/{queue}")
  @RolesAllowed(Roles.ADMIN)
  public PolicyChange put(@PathParam("queue") String queue, CallbackPolicies.Settings settings) {
    CallbackPolicies.Settings saved = policies.put(queue, settings);
    return new PolicyChange(saved, deployer.deploy());
  }

  /** Callback requests, newest first; optionally only those with a status. */
  @GET
  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
  @Transactional
  public List<CallbackView> requests(@QueryParam("status") String status) {
    List<CallbackRequestRecord> rows =
        status == null || status.isBlank()
            ? CallbackRequestRecord.list("order by requestedAt desc")
            : CallbackRequestRecord.list("status = ?1 order by requestedAt desc", status);
    return rows.stream()
        .limit(500)
        .map(
            r ->
                new CallbackView(
                    r.id,
                    r.callId,
                    r.queue,
                    r.number,
                    r.placeInLine,
                    r.requestedAt,
                    r.status,
                    r.attempts,
                    r.nextAttemptAt,
                    r.agentId,
                    r.agentDevice,
                    r.lastOutcome))
        .toList();
  }
}
