package org.blenddialer.journey.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.blenddialer.journey.service.Deployment;
import org.blenddialer.journey.service.DialplanDeployer;
import org.blenddialer.journey.service.Surveys;
import org.blenddialer.platform.error.InvalidInputProblem;
import org.blenddialer.users.Roles;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Which queues ask callers the post-call survey. */
@Path("/api/v1/surveys")
@Tag(name = "Post-call survey")
public class SurveyResource {

  private final Surveys surveys;
  private final DialplanDeployer deployer;

  SurveyResource(Surveys surveys, DialplanDeployer deployer) {
    this.surveys = surveys;
    this.deployer = deployer;
  }

  /** A queue's survey switch. */
  public record SurveySetting(Boolean enabled) {}

  /** The change and what deploying the survey dialplan did. */
  public record SurveyChange(String queue, boolean enabled, Deployment deployment) {}

  @GET
  @Path("queues")
  @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
  public List<String> queues() {
    return surveys.enabledQueues();
  }

  @PUT
  @Path("queues/{queue}")
  @RolesAllowed(Roles.ADMIN)
  public SurveyChange set(@PathParam("queue") String queue, SurveySetting setting) {
    if (setting == null || setting.enabled() == null) {
      throw InvalidInputProblem.ofField("enabled", "true or false");
    }
    boolean on = surveys.set(queue, setting.enabled());
    return new SurveyChange(queue, on, deployer.deploy());
  }
}
