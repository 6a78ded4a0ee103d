package org.blenddialer.campaigns.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

  /** start, pause, resume, stop or archive. */
  @POST
  @Path("{id}/{action: start|pause|resume|stop|archive}")
  @RolesAllowed({Roles.CAMPAIGN_MANAGER, Roles.ADMIN})
  public CampaignView act(
      @PathParam("id") long id,
      @PathParam("action") String action,
      @Valid LifecycleRequest request) {
    CampaignAction campaignAction;
    try {
      campaignAction = CampaignAction.valueOf(action.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new NotFoundProblem("Action", action);
    }
    return CampaignView.of(
        campaigns.act(
            id,
            campaignAction,
            identity.getPrincipal().getName(),
            request == null ? null : request.reason()));
  }

  @GET
  @Path("{id}/history")
  @RolesAllowed({Roles.CAMPAIGN_MANAGER, Roles.SUPERVISOR, Roles.ADMIN})
  public List<StateChangeView> history(@PathParam("id") long id) {
    return campaigns.history(id).stream().map(StateChangeView::of).toList();
  }
}
