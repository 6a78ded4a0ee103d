package org.blenddialer.web.admin;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.blenddialer.acd.service.PauseReasonService;
import org.blenddialer.acd.service.QueueService;
import org.blenddialer.agents.service.AgentService;
import org.blenddialer.campaigns.service.CampaignService;
import org.blenddialer.campaigns.service.DispositionService;
import org.blenddialer.users.Roles;
import org.blenddialer.users.service.UserService;
import org.blenddialer.web.Screen;
import org.blenddialer.web.UiResource;

/** The administrator's home: how much of each thing is set up, with the way to each list. */
@Path("/ui/admin")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class AdminHomeScreen extends UiResource {

  private final Screen screen;
  private final UserService users;
  private final AgentService agents;
  private final QueueService queues;
  private final PauseReasonService pauseReasons;
  private final DispositionService dispositions;
  private final CampaignService campaigns;
  private final Template home;

  AdminHomeScreen(
      Screen screen,
      UserService users,
      AgentService agents,
      QueueService queues,
      PauseReasonService pauseReasons,
      DispositionService dispositions,
      CampaignService campaigns,
      @Location("admin/home.html") Template home) {
    this.screen = screen;
    this.users = users;
    this.agents = agents;
    this.queues = queues;
    this.pauseReasons = pauseReasons;
    this.dispositions = dispositions;
    this.campaigns = campaigns;
    this.home = home;
  }

  @GET
  public String home() {
    var allUsers = users.list();
    var allAgents = agents.list();
    var allQueues = queues.list();
    return screen
        .page(home, "/ui/admin")
        .data("users", allUsers.size())
        .data("usersEnabled", allUsers.stream().filter(u -> u.enabled).count())
        .data("agents", allAgents.size())
        .data("agentsActive", allAgents.stream().filter(a -> a.active).count())
        .data("queues", allQueues.size())
        .data("queuesActive", allQueues.stream().filter(q -> q.active).count())
        .data("pauseReasons", pauseReasons.list().size())
        .data("dispositions", dispositions.list().size())
        .data("campaigns", campaigns.list().size())
        .render();
  }
}
