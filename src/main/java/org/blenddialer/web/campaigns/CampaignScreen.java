package org.blenddialer.web.campaigns;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.blenddialer.acd.service.QueueService;
import org.blenddialer.campaigns.rest.CampaignView;
import org.blenddialer.campaigns.rest.StateChangeView;
import org.blenddialer.campaigns.service.CampaignService;
import org.blenddialer.core.campaign.CampaignAction;
import org.blenddialer.platform.error.ConflictProblem;
import org.blenddialer.users.Roles;
import org.blenddialer.web.Screen;
import org.blenddialer.web.UiResource;

/** One campaign: its definition, the lifecycle actions its state allows, and its history. */
@Path("/ui/campaign/{id}")
@Produces(MediaType.TEXT_HTML)
public class CampaignScreen extends UiResource {

  private final Screen screen;
  private final CampaignService campaigns;
  private final QueueService queues;
  private final Template detail;

  CampaignScreen(
      Screen screen,
      CampaignService campaigns,
      QueueService queues,
      @Location("campaigns/campaign.html") Template detail) {
    this.screen = screen;
    this.campaigns = campaigns;
    this.queues = queues;
    this.detail = detail;
  }

  @GET
  @RolesAllowed({Roles.CAMPAIGN_MANAGER, Roles.SUPERVISOR, Roles.ADMIN})
  public String show(@PathParam("id") long id, @QueryParam("saved") String saved) {
    return page(id, saved, null);
  }

  /** start, pause, resume, stop or archive, with an optional reason kept in the history. */
  @POST
  @Path("{action: start|pause|resume|stop|archive}")
  @RolesAllowed({Roles.CAMPAIGN_MANAGER, Roles.ADMIN})
  public Response act(
      @PathParam("id") long id,
      @PathParam("action") String action,
      @FormParam("reason") String reason) {
    CampaignAction campaignAction = CampaignAction.valueOf(action.toUpperCase(Locale.ROOT));
    String note = reason == null || reason.isBlank() ? null : reason.trim();
    if (note != null && note.length() > 255) {
      note = note.substring(0, 255);
    }
    try {
      campaigns.act(id, campaignAction, screen.me().username(), note);
      return seeOther("/ui/campaign/" + id);
    } catch (ConflictProblem refused) {
      return Response.status(Response.Status.CONFLICT)
          .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
          .entity(page(id, null, screen.serviceText(refused.getMessage())))
          .build();
    }
  }

  private String page(long id, String saved, String refusal) {
    CampaignView campaign = CampaignView.of(campaigns.get(id));
    List<StateChangeView> history =
        campaigns.history(id).stream().map(StateChangeView::of).toList();
    Map<Long, String> queueNames =
        queues.list().stream().collect(Collectors.toMap(q -> q.id, q -> q.name));
    return screen
        .page(detail, CampaignsScreen.SECTION)
        .data("c", campaign)
        .data(
            "actions",
            campaign.allowedActions().stream()
                .sorted()
                .map(
                    a ->
                        new LifecycleButton(
                            a,
                            a.name().toLowerCase(Locale.ROOT),
                            a == CampaignAction.STOP || a == CampaignAction.ARCHIVE))
                .toList())
        .data("history", history)
        .data("queueNames", queueNames)
        .data("saved", saved)
        .data("refusal", refusal)
        .render();
  }

  /**
   * A lifecycle action the campaign's state allows, as a button.
   *
   * @param action the action
   * @param path its URL segment
   * @param drastic whether it ends dialing for good (stop, archive)
   */
  @io.quarkus.qute.TemplateData
  public record LifecycleButton(CampaignAction action, String path, boolean drastic) {}
}
