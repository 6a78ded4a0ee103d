package org.blenddialer.web.desk;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.blenddialer.acd.live.LiveFeed;
import org.blenddialer.acd.live.SupervisorBoard;
import org.blenddialer.acd.rest.PauseReasonView;
import org.blenddialer.acd.rest.QueueView;
import org.blenddialer.acd.rest.SupervisorResource;
import org.blenddialer.acd.service.PauseReasonService;
import org.blenddialer.acd.service.QueueService;
import org.blenddialer.agents.live.AgentSessions;
import org.blenddialer.agents.live.AgentStatus;
import org.blenddialer.core.agent.AgentMode;
import org.blenddialer.platform.error.DomainException;
import org.blenddialer.platform.error.InvalidInputProblem;
import org.blenddialer.users.Roles;
import org.blenddialer.web.FormState;
import org.blenddialer.web.Screen;
import org.blenddialer.web.UiResource;
import org.jboss.resteasy.reactive.RestStreamElementType;

/**
 * The supervisors' wallboard: per queue waiting callers, longest wait, service level and abandon
 * rate today and this half hour against the target, agents by state and mode; the agent grid with
 * force pause, mode and listen / whisper / barge; the day's chart. Live by server-sent events; the
 * controls go through the same services and checks as {@code /api/v1/supervisor}.
 */
@Path("/ui/supervisor/wallboard")
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class WallboardScreen extends UiResource {

  static final String PATH = "/ui/supervisor/wallboard";

  private final Screen screen;
  private final SupervisorBoard board;
  private final AgentSessions sessions;
  private final QueueService queues;
  private final PauseReasonService pauseReasons;
  private final SupervisorResource supervisor;
  private final DayChart chart;
  private final DeskCall calls;
  private final LiveFeed feed;
  private final InstantSource clock;
  private final Template page;
  private final Template boardPart;

  WallboardScreen(
      Screen screen,
      SupervisorBoard board,
      AgentSessions sessions,
      QueueService queues,
      PauseReasonService pauseReasons,
      SupervisorResource supervisor,
      DayChart chart,
      DeskCall calls,
      LiveFeed feed,
      InstantSource clock,
      @Location("desk/wallboard.html") Template page,
      @Location("desk/board.html") Template boardPart) {
    this.screen = screen;
    this.board = board;
    this.sessions = sessions;
    this.queues = queues;
    this.pauseReasons = pauseReasons;
    this.supervisor = supervisor;
    this.chart = chart;
    this.calls = calls;
    this.feed = feed;
    this.clock = clock;
    this.page = page;
    this.boardPart = boardPart;
  }

  @GET
  public String wallboard(
      @QueryParam("device") String device, @QueryParam("spying") String spying) {
    return data(page, FormState.empty().put("device", device))
        .data("spying", spying == null || spying.isBlank() ? null : spying)
        .render();
  }

  /** The live part, fetched again by the page's script on every live event. */
  @GET
  @Path("board")
  public String boardPart() {
    return data(boardPart, FormState.empty()).render();
  }

  /** Today's service level per queue and callers waiting, per half hour. */
  @GET
  @Path("chart")
  @Produces(MediaType.APPLICATION_JSON)
  public DayChart.Data chart() {
    return chart.today(screen.formats());
  }

  /** Everything live, by type only: the page fetches the board again. */
  @GET
  @Path("events")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @RestStreamElementType(MediaType.TEXT_PLAIN)
  public Multi<String> events() {
    return feed.all().map(e -> e.type());
  }

  @POST
  @Path("agents/{id}/pause")
  public Response pause(@PathParam("id") long id, MultivaluedMap<String, String> body) {
    FormState form = new FormState(body).renameFields(f -> f + "-" + id);
    String reason = form.trimmed("reason");
    if (reason == null) {
      form.reject("reason", screen.text("validation.NotNull"));
    }
    return act(form, () -> sessions.pause(id, reason, by()));
  }

  @POST
  @Path("agents/{id}/unpause")
  public Response unpause(@PathParam("id") long id, MultivaluedMap<String, String> body) {
    return act(new FormState(body), () -> sessions.unpause(id, by()));
  }

  @POST
  @Path("agents/{id}/mode")
  public Response mode(@PathParam("id") long id, MultivaluedMap<String, String> body) {
    FormState form = new FormState(body).renameFields(f -> f + "-" + id);
    AgentMode mode = form.choice("mode", AgentMode.class, screen);
    if (mode == null && !form.hasError("mode-" + id)) {
      form.reject("mode", screen.text("validation.NotNull"));
    }
    return act(form, () -> sessions.changeWorkMode(id, mode, by()));
  }

  /** Listen, whisper or barge: the button says which and on whose call; the form has the phone. */
  @POST
  @Path("spy")
  public Response spy(MultivaluedMap<String, String> body) {
    FormState form = new FormState(body);
    String[] action = form.value("action").split(":", 2);
    String device = form.trimmed("device");
    if (device == null) {
      form.reject("device", screen.text("validation.NotNull"));
    }
    if (action.length != 2 || !action[0].matches("listen|whisper|barge")) {
      form.rejectForm(screen.text("validation.choice"));
    }
    Supplier<Object> spy =
        () ->
            supervisor.spy(
                Long.parseLong(action[1]), action[0], new SupervisorResource.SpyRequest(device));
    return act(form, spy::get, action.length == 2 ? action[0] : null);
  }

  private Response act(FormState form, Runnable action) {
    return act(
        form,
        () -> {
          action.run();
          return null;
        },
        null);
  }

  private Response act(FormState form, Supplier<Object> action, String spying) {
    if (!form.invalid()) {
      try {
        action.get();
        return seeOther(
            spying == null
                ? PATH
                : PATH + "?device=" + encode(form.value("device")) + "&spying=" + spying);
      } catch (InvalidInputProblem e) {
        form.reject(e.fieldErrors());
      } catch (NumberFormatException e) {
        form.rejectForm(screen.text("validation.choice"));
      } catch (DomainException e) {
        form.rejectForm(e.getMessage());
      }
    }
    return invalid(data(page, form).render());
  }

  private static String encode(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }

  private TemplateInstance data(Template template, FormState form) {
    Map<String, QueueView> byName =
        queues.list().stream()
            .map(QueueView::of)
            .collect(Collectors.toMap(QueueView::asteriskQueue, q -> q, (a, b) -> a));
    long now = clock.millis();
    List<QueueTile> tiles =
        board.queues().stream()
            .map(
                q -> {
                  QueueView v = byName.get(q.queue());
                  return new QueueTile(
                      q,
                      v == null ? 0 : v.serviceLevelPercent(),
                      v == null ? 0 : v.serviceLevelSeconds(),
                      q.waiting() == 0 ? null : now - (long) (q.longestWaitSeconds() * 1000));
                })
            .toList();
    List<AgentRow> agents =
        sessions.loggedIn().stream()
            .sorted(Comparator.comparing(AgentStatus::displayName, String.CASE_INSENSITIVE_ORDER))
            .map(this::row)
            .toList();
    Map<String, String> queueNames =
        byName.values().stream()
            .collect(Collectors.toMap(QueueView::asteriskQueue, QueueView::name, (a, b) -> a));
    return screen
        .page(template, "/ui/supervisor")
        .data("form", form)
        .data("tiles", tiles)
        .data("agents", agents)
        .data("queueNames", queueNames)
        .data("modes", List.of(AgentMode.values()))
        .data(
            "pauseReasons",
            pauseReasons.list().stream()
                .map(PauseReasonView::of)
                .filter(PauseReasonView::active)
                .toList())
        .data("nowMillis", now)
        .data("spying", null);
  }

  private AgentRow row(AgentStatus a) {
    CallNow call = calls.currentCall(a);
    return new AgentRow(
        a.agentId(),
        a.username(),
        a.displayName(),
        a.state().name(),
        a.stateSince() == null ? 0 : a.stateSince().toEpochMilli(),
        DeskScreen.clock(a.secondsInState()),
        a.pauseReason(),
        a.workMode(),
        a.mode(),
        call == null ? null : call.callerNumber(),
        a.calls(),
        a.occupancy() == null ? null : Math.round(a.occupancy() * 100));
  }

  private String by() {
    return screen.me().username();
  }
}
