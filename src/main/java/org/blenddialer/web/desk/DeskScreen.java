package org.blenddialer.web.desk;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.blenddialer.acd.live.LiveFeed;
import org.blenddialer.acd.rest.PauseReasonView;
import org.blenddialer.acd.rest.QueueView;
import org.blenddialer.acd.service.DispositionService;
import org.blenddialer.acd.service.PauseReasonService;
import org.blenddialer.acd.service.QueueService;
import org.blenddialer.agents.live.AgentSessions;
import org.blenddialer.agents.live.AgentStatus;
import org.blenddialer.agents.rest.AgentView;
import org.blenddialer.callcontrol.live.CallControl;
import org.blenddialer.campaigns.rest.DispositionView;
import org.blenddialer.core.agent.AgentMode;
import org.blenddialer.core.agent.AgentState;
import org.blenddialer.platform.error.NotFoundProblem;
import org.blenddialer.users.Roles;
import org.blenddialer.web.FormState;
import org.blenddialer.web.Screen;
import org.blenddialer.web.UiResource;
import org.blenddialer.web.home.AgentDeskReader;
import org.jboss.resteasy.reactive.RestStreamElementType;

/**
 * The agent's desk: log in to queues with a mode, the state with time in state, the call with its
 * screen pop, disposition and notes, pause with a reason, all kept live by server-sent events.
 * Every action goes through the same live services as the API's {@code /api/v1/me/agent}.
 */
@Path("/ui/agent/desk")
@RolesAllowed(Roles.AGENT)
@Produces(MediaType.TEXT_HTML)
public class DeskScreen extends UiResource {

  static final String PATH = "/ui/agent/desk";

  private final Screen screen;
  private final AgentDeskReader agents;
  private final AgentSessions sessions;
  private final DeskCall calls;
  private final QueueService queues;
  private final PauseReasonService pauseReasons;
  private final org.blenddialer.campaigns.service.DispositionService dispositionCodes;
  private final DispositionService dispositions;
  private final LiveFeed feed;
  private final DeskOutbound outbound;
  private final CallControl control;
  private final Template page;
  private final Template state;
  private final Template call;

  DeskScreen(
      Screen screen,
      AgentDeskReader agents,
      AgentSessions sessions,
      DeskCall calls,
      QueueService queues,
      PauseReasonService pauseReasons,
      org.blenddialer.campaigns.service.DispositionService dispositionCodes,
      DispositionService dispositions,
      LiveFeed feed,
      DeskOutbound outbound,
      CallControl control,
      @Location("desk/desk.html") Template page,
      @Location("desk/state.html") Template state,
      @Location("desk/call.html") Template call) {
    this.screen = screen;
    this.agents = agents;
    this.sessions = sessions;
    this.calls = calls;
    this.queues = queues;
    this.pauseReasons = pauseReasons;
    this.dispositionCodes = dispositionCodes;
    this.dispositions = dispositions;
    this.feed = feed;
    this.outbound = outbound;
    this.control = control;
    this.page = page;
    this.state = state;
    this.call = call;
  }

  @GET
  public String desk() {
    return render(page, FormState.empty());
  }

  /** The state part, fetched again by the page's script on every live event. */
  @GET
  @Path("state")
  public String statePart() {
    requireMe();
    return render(state, FormState.empty());
  }

  /** The call part, fetched again when the call changes. */
  @GET
  @Path("call")
  public String callPart() {
    requireMe();
    return render(call, FormState.empty());
  }

  /** The agent's own live events, by type only: the page fetches what changed. */
  @GET
  @Path("events")
  @Blocking
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @RestStreamElementType(MediaType.TEXT_PLAIN)
  public Multi<String> events() {
    return feed.forAgent(requireMe().id()).map(e -> e.type());
  }

  @POST
  @Path("login")
  public Response logIn(MultivaluedMap<String, String> body) {
    FormState form = new FormState(body);
    AgentMode mode = form.choice("mode", AgentMode.class, screen);
    if (mode == null && !form.hasError("mode")) {
      form.reject("mode", screen.text("validation.NotNull"));
    }
    List<String> only = form.values("queues");
    if (only.isEmpty() && mode != AgentMode.OUTBOUND) {
      form.reject("queues", screen.text("validation.NotEmpty"));
    }
    return act(
        form,
        () ->
            sessions.logIn(
                requireMe().id(), mode, mode == AgentMode.OUTBOUND ? null : only, username()));
  }

  @POST
  @Path("logout")
  public Response logOut(MultivaluedMap<String, String> body) {
    return act(new FormState(body), () -> sessions.logOut(requireMe().id(), username()));
  }

  @POST
  @Path("pause")
  public Response pause(MultivaluedMap<String, String> body) {
    FormState form = new FormState(body);
    String reason = form.trimmed("reason");
    if (reason == null) {
      form.reject("reason", screen.text("validation.NotNull"));
    }
    return act(form, () -> sessions.pause(requireMe().id(), reason, username()));
  }

  @POST
  @Path("unpause")
  public Response unpause(MultivaluedMap<String, String> body) {
    return act(new FormState(body), () -> sessions.unpause(requireMe().id(), username()));
  }

  @POST
  @Path("wrap-up")
  public Response endWrapUp(MultivaluedMap<String, String> body) {
    return act(new FormState(body), () -> sessions.endWrapUp(requireMe().id()));
  }

  @POST
  @Path("mode")
  public Response mode(MultivaluedMap<String, String> body) {
    FormState form = new FormState(body).renameFields(f -> "mode".equals(f) ? "workMode" : f);
    AgentMode mode = form.choice("workMode", AgentMode.class, screen);
    if (mode == null && !form.hasError("workMode")) {
      form.reject("workMode", screen.text("validation.NotNull"));
    }
    return act(form, () -> sessions.changeWorkMode(requireMe().id(), mode, username()));
  }

  @POST
  @Path("disposition")
  public Response disposition(MultivaluedMap<String, String> body) {
    FormState form = new FormState(body);
    String callId = form.trimmed("callId");
    String code = form.trimmed("code");
    String note = form.trimmed("note");
    if (code == null) {
      form.reject("code", screen.text("validation.NotNull"));
    }
    if (note != null && note.length() > 500) {
      form.reject("note", screen.text("desk.noteTooLong"));
    }
    if (callId == null) {
      form.rejectForm(screen.text("desk.noCallToDispose"));
    }
    return act(
        form,
        () ->
            dispositions.set(
                requireMe().id(), callId, code, form.flag("resolved") ? true : null, note));
  }

  // ---- call control (docs/call-control.md): the same service as /api/v1/me/calls/current

  @POST
  @Path("call/hold")
  public Response hold(MultivaluedMap<String, String> body) {
    return act(new FormState(body), () -> control.hold(requireMe().id()));
  }

  @POST
  @Path("call/resume")
  public Response resume(MultivaluedMap<String, String> body) {
    return act(new FormState(body), () -> control.resume(requireMe().id()));
  }

  @POST
  @Path("call/complete")
  public Response completeTransfer(MultivaluedMap<String, String> body) {
    return act(new FormState(body), () -> control.complete(requireMe().id()));
  }

  @POST
  @Path("call/cancel")
  public Response cancelConsultation(MultivaluedMap<String, String> body) {
    return act(new FormState(body), () -> control.cancel(requireMe().id()));
  }

  /**
   * Transfer, consult or conference: {@code action} says which, {@code kind} what the target is.
   */
  @POST
  @Path("call/hand-over")
  public Response handOver(MultivaluedMap<String, String> body) {
    FormState form =
        new FormState(body)
            .renameFields(f -> "number".equals(f) || "queue".equals(f) ? "target" : f);
    String kind = form.trimmed("kind");
    String target = form.trimmed("target");
    String note = form.trimmed("handoverNote");
    String action = form.trimmed("action");
    Long agentId = null;
    if (target == null) {
      form.reject("target", screen.text("validation.NotNull"));
    } else if ("agent".equals(kind)) {
      try {
        agentId = Long.parseLong(target);
      } catch (NumberFormatException e) {
        form.reject("target", screen.text("desk.targetNotAgent"));
      }
    }
    CallControl.Target to =
        new CallControl.Target(
            agentId,
            "queue".equals(kind) ? target : null,
            "number".equals(kind) ? target : null,
            note);
    return act(
        form,
        () -> {
          long me = requireMe().id();
          switch (action == null ? "" : action) {
            case "consult" -> control.consult(me, to);
            case "conference" -> control.conference(me, to);
            default -> control.transfer(me, to);
          }
        });
  }

  private Response act(FormState form, Runnable action) {
    if (!form.invalid()) {
      try {
        action.run();
        return seeOther(PATH);
      } catch (org.blenddialer.platform.error.InvalidInputProblem e) {
        form.reject(e.fieldErrors());
      } catch (org.blenddialer.platform.error.DomainException e) {
        form.rejectForm(e.getMessage());
      }
    }
    return invalid(render(page, form));
  }

  private TemplateInstance data(Template template, FormState form) {
    AgentView agent = me();
    TemplateInstance t = screen.page(template, "/ui/agent").data("agent", agent).data("form", form);
    if (agent == null) {
      return t.data("status", null).data("desk", null);
    }
    AgentStatus status = sessions.status(agent.id());
    DeskCall.Now now = calls.now(status, agent.displayName());
    if (!form.invalid() && now.last() != null && now.last().disposition() != null) {
      // A second save supersedes the first: start from what was saved.
      form.put("code", now.last().disposition());
      if (Boolean.TRUE.equals(now.last().resolved())) {
        form.put("resolved", "on");
      }
    }
    Map<Long, QueueView> byId =
        queues.list().stream().map(QueueView::of).collect(Collectors.toMap(QueueView::id, q -> q));
    List<QueueView> mine =
        agent.skills().stream().map(s -> byId.get(s.queueId())).filter(q -> q != null).toList();
    if (!form.invalid() && form.values("queues").isEmpty()) {
      mine.forEach(q -> form.add("queues", q.asteriskQueue()));
      AgentMode preferred =
          agent.allowedModes().contains(AgentMode.BLENDED)
              ? AgentMode.BLENDED
              : agent.allowedModes().stream().findFirst().orElse(null);
      form.put("mode", preferred);
    }
    return t.data("status", status)
        .data("state", status.state().name())
        .data("timeInState", clock(status.secondsInState()))
        .data(
            "occupancyPercent",
            status.occupancy() == null ? null : Math.round(status.occupancy() * 100))
        .data("loggedIn", status.state() != AgentState.LOGGED_OUT)
        .data("desk", now)
        .data("myQueues", mine)
        .data(
            "pauseReasons",
            pauseReasons.list().stream()
                .map(PauseReasonView::of)
                .filter(PauseReasonView::active)
                .toList())
        .data(
            "pauseLabels",
            pauseReasons.list().stream()
                .map(PauseReasonView::of)
                .collect(Collectors.toMap(PauseReasonView::code, PauseReasonView::label)))
        .data(
            "dispositions",
            dispositionCodes.list().stream()
                .map(DispositionView::of)
                .filter(DispositionView::active)
                .toList())
        .data(
            "queueNames",
            mine.stream()
                .collect(Collectors.toMap(QueueView::asteriskQueue, QueueView::name, (a, b) -> a)))
        .data("sinceMillis", status.stateSince() == null ? 0 : status.stateSince().toEpochMilli())
        .data("nowMillis", calls.nowMillis());
  }

  /** Time in state as the page's clock writes it: m:ss, or h:mm:ss from an hour on. */
  static String clock(double seconds) {
    long s = Math.max(0, (long) seconds);
    return s >= 3600
        ? String.format(java.util.Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(java.util.Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  private String render(Template template, FormState form) {
    TemplateInstance t = data(template, form);
    AgentView agent = me();
    if (template == page && agent != null) {
      // The outbound part comes with the whole page only; afterwards it is fetched on its own.
      t.data(
              "out",
              outbound.view(agent.id(), sessions.status(agent.id()), screen.language().locale()))
          .data("outForm", FormState.empty())
          .data("outNotice", null)
          .data(
              "outDispositions",
              dispositionCodes.list().stream()
                  .map(DispositionView::of)
                  .filter(DispositionView::active)
                  .toList());
    }
    return t.render();
  }

  private AgentView me() {
    return agents.agentOf(screen.me().id()).orElse(null);
  }

  private AgentView requireMe() {
    AgentView agent = me();
    if (agent == null) {
      throw new NotFoundProblem("Agent for user", username());
    }
    return agent;
  }

  private String username() {
    return screen.me().username();
  }
}
