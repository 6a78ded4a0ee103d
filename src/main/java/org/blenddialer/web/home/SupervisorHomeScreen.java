package org.blenddialer.web.home;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.stream.Collectors;
import org.blenddialer.acd.rest.QueueView;
import org.blenddialer.acd.service.QueueService;
import org.blenddialer.agents.rest.AgentView;
import org.blenddialer.agents.service.AgentService;
import org.blenddialer.campaigns.rest.CampaignView;
import org.blenddialer.campaigns.service.CampaignService;
import org.blenddialer.users.Roles;
import org.blenddialer.web.Screen;
import org.blenddialer.web.UiResource;

/** The supervisor's overview of what is set up: queues and their targets, agents, campaigns. */
@Path("/ui/supervisor")
@RolesAllowed(Roles.SUPERVISOR)
@Produces(MediaType.TEXT_HTML)
public class SupervisorHomeScreen extends UiResource {

  private final Screen screen;
  private final QueueService queues;
  private final AgentService agents;
  private final CampaignService campaigns;
  private final Template home;

  SupervisorHomeScreen(
      Screen screen,
      QueueService queues,
      AgentService agents,
      CampaignService campaigns,
      @Location("home/supervisor.html") Template home) {
    this.screen = screen;
    this.queues = queues;
    this.agents = agents;
    this.campaigns = campaigns;
    this.home = home;
  }

  @GET
  public String home() {
    var allQueues = queues.list().stream().map(QueueView::of).toList();
    Map<Long, String> queueNames =
        allQueues.stream().collect(Collectors.toMap(QueueView::id, QueueView::name));
    return screen
        .page(home, "/ui/supervisor")
        .data("queues", allQueues)
        .data("queueNames", queueNames)
        .data("agents", agents.list().stream().map(AgentView::of).toList())
        .data("campaigns", campaigns.list().stream().map(CampaignView::of).toList())
        .render();
  }
}
