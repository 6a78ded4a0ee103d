package org.blenddialer.dialer.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
import org.blenddialer.dialer.persistence.AttemptStore;
import org.blenddialer.dialer.service.CampaignFigures;
import org.blenddialer.platform.error.NotFoundProblem;
import org.blenddialer.users.Roles;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Call attempts and campaign figures for supervisors and campaign managers. */
@Path("/api/v1/dialer")
@Tag(name = "Dialer")
@RolesAllowed({Roles.SUPERVISOR, Roles.CAMPAIGN_MANAGER, Roles.ADMIN})
public class DialerResource {

  private final AttemptStore attempts;
  private final CampaignFigures figures;

  DialerResource(AttemptStore attempts, CampaignFigures figures) {
    this.attempts = attempts;
    this.figures = figures;
  }

  /** One call attempt. */
  @GET
  @Path("attempts/{id}")
  public MyDialerResource.AttemptView attempt(@PathParam("id") long id) {
    AttemptStore.AttemptRow a = attempts.find(id);
    if (a == null) {
      throw new NotFoundProblem("Call attempt", id);
    }
    return MyDialerResource.AttemptView.of(a);
  }

  /** A campaign's attempts, oldest first. */
  @GET
  @Path("campaigns/{id}/attempts")
  public List<MyDialerResource.AttemptView> attempts(@PathParam("id") long id) {
    return attempts.ofCampaign(id).stream().map(MyDialerResource.AttemptView::of).toList();
  }

  /**
   * A campaign's figures between {@code from} and {@code to} (ISO instants; default: today so far,
   * UTC), with the lead counts as they are now.
   */
  @GET
  @Path("campaigns/{id}/figures")
  public CampaignFigures.Figures figures(
      @PathParam("id") long id, @QueryParam("from") Instant from, @QueryParam("to") Instant to) {
    return figures.of(id, from, to);
  }
}
