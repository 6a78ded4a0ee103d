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
import org.blenddialer.acd.rest.PauseReasonView;
import org.blenddialer.acd.rest.QueueView;
import org.blenddialer.acd.service.PauseReasonService;
import org.blenddialer.acd.service.QueueService;
import org.blenddialer.campaigns.rest.DispositionView;
import org.blenddialer.campaigns.service.DispositionService;
import org.blenddialer.users.Roles;
import org.blenddialer.web.Screen;
import org.blenddialer.web.UiResource;

/** The agent's own desk: who they are as an agent, their queues, pause reasons, dispositions. */
@Path("/ui/agent")
@RolesAllowed(Roles.AGENT)
@Produces(MediaType.TEXT_HTML)
public class AgentHomeScreen extends UiResource {

  private final Screen screen;
  private final AgentDeskReader desk;
  private final QueueService queues;
  private final PauseReasonService pauseReasons;
  private final DispositionService dispositions;
  private final Template home;

  AgentHomeScreen(
      Screen screen,
      AgentDeskReader desk,
      QueueService queues,
      PauseReasonService pauseReasons,
      DispositionService dispositions,
      @Location("home/agent.html") Template home) {
    this.screen = screen;
    this.desk = desk;
    this.queues = queues;
    this.pauseReasons = pauseReasons;
    this.dispositions = dispositions;
    this.home = home;
  }

  @GET
  public String home() {
    Map<Long, QueueView> queueById =
        queues.list().stream().map(QueueView::of).collect(Collectors.toMap(QueueView::id, q -> q));
    return screen
        .page(home, "/ui/agent")
        .data("agent", desk.agentOf(screen.me().id()).orElse(null))
        .data("queues", queueById)
        .data(
            "pauseReasons",
            pauseReasons.list().stream()
                .map(PauseReasonView::of)
                .filter(PauseReasonView::active)
                .toList())
        .data(
            "dispositions",
            dispositions.list().stream()
                .map(DispositionView::of)
                .filter(DispositionView::active)
                .toList())
        .render();
  }
}
