package org.blenddialer.campaigns.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.blenddialer.campaigns.service.CampaignService;
import org.blenddialer.core.campaign.CampaignAction;
import org.blenddialer.platform.error.NotFoundProblem;
import org.blenddialer.platform.rest.Created;
import org.blenddialer.users.Roles;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Campaigns: campaign managers define and run them; supervisors watch them. */
@Path("/api/v1/campaigns")
@Tag(name = "Campaigns")
public class CampaignResource {

  private final CampaignService campaigns;
  private final SecurityIdentity identity;

  CampaignResource(CampaignService campaigns, SecurityIdentity identity) {
    this.campaigns = campaigns;
    this.identity = identity;
  }

  @GET
  @RolesAllowed({Roles.CAMPAIGN_MANAGER, Roles.SUPERVISOR, Roles.ADMIN})
  public List<CampaignView> list() {
    return campaigns.list().stream().map(CampaignView::of).toList();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Roles.CAMPAIGN_MANAGER, Roles.SUPERVISOR, Roles.ADMIN})
  public CampaignView get(@PathParam("id") long id) {
    return CampaignView.of(campaigns.get(id));
  }

  @POST
  @RolesAllowed({Roles.CAMPAIGN_MANAGER, Roles.ADMIN})
  public Response create(@Valid @NotNull CampaignDefinition definition, UriInfo uri) {
    var campaign = campaigns.create(definition);
    return Created.at(uri, campaign.id, CampaignView.of(campaign));
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({Roles.CAMPAIGN_MANAGER, Roles.ADMIN})
  public CampaignView update(
      @PathParam("id") long id, @Valid @NotNull CampaignDefinition definition) {
    return CampaignView.of(campaigns.update(id, definition));
  }

  /** start, pause, resume, stop or archive, with a JSON note saying why. */
  @POST
  @Path("{id}/{action: start|pause|resume|stop|archive}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CAMPAIGN_MANAGER, Roles.ADMIN})
  public CampaignView act(
      @PathParam("id") long id,
      @PathParam("action") String action,
      @Valid LifecycleRequest request) {
    return act(id, action, request == null ? null : request.reason());
  }

  /** The same without a body (e.g. {@code curl -X POST .../start}), or the reason as a query. */
  @POST
  @Path("{id}/{action: start|pause|resume|stop|archive}")
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed({Roles.CAMPAIGN_MANAGER, Roles.ADMIN})
  public CampaignView actWithoutBody(
      @PathParam("id") long id,
      @PathParam("action") String action,
      @QueryParam("reason") @Size(max = 255) String reason) {
    return act(id, action, reason);
  }

  private CampaignView act(long id, String action, String reason) {
    CampaignAction campaignAction;
    try {
      campaignAction = CampaignAction.valueOf(action.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new NotFoundProblem("Action", action);
    }
    return CampaignView.of(
        campaigns.act(id, campaignAction, identity.getPrincipal().getName(), reason));
  }

  @GET
  @Path("{id}/history")
  @RolesAllowed({Roles.CAMPAIGN_MANAGER, Roles.SUPERVISOR, Roles.ADMIN})
  public List<StateChangeView> history(@PathParam("id") long id) {
    return campaigns.history(id).stream().map(StateChangeView::of).toList();
  }
}
