package org.blenddialer.web.desk;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.DateTimeException;
import java.time.InstantSource;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.blenddialer.agents.live.AgentSessions;
import org.blenddialer.agents.rest.AgentView;
import org.blenddialer.campaigns.rest.DispositionView;
import org.blenddialer.campaigns.service.DispositionService;
import org.blenddialer.dialer.persistence.AttemptStore;
import org.blenddialer.dialer.persistence.LeadBook;
import org.blenddialer.dialer.service.AgentDialing;
import org.blenddialer.dialer.service.Launcher;
import org.blenddialer.platform.error.DomainException;
import org.blenddialer.platform.error.InvalidInputProblem;
import org.blenddialer.platform.error.NotFoundProblem;
import org.blenddialer.users.Roles;
import org.blenddialer.web.FormState;
import org.blenddialer.web.Screen;
import org.blenddialer.web.UiResource;
import org.blenddialer.web.home.AgentDeskReader;

/**
 * The outbound part of the agent desk: preview the next lead with its script, dial or skip it, then
 * set the call's disposition and, if wanted, a callback at a time in the lead's zone. Forms post
 * through htmx and get the part back, with what is wrong next to the field; without htmx a
 * successful post leads back to the desk.
 */
@Path("/ui/agent/desk/outbound")
@RolesAllowed(Roles.AGENT)
@Produces(MediaType.TEXT_HTML)
public class DeskOutboundScreen extends UiResource {

  private final Screen screen;
  private final AgentDeskReader agents;
  private final AgentSessions sessions;
  private final DeskOutbound outbound;
  private final AgentDialing dialing;
  private final AttemptStore attempts;
  private final LeadBook leads;
  private final DispositionService dispositions;
  private final InstantSource clock;
  private final Template part;

  DeskOutboundScreen(
      Screen screen,
      AgentDeskReader agents,
      AgentSessions sessions,
      DeskOutbound outbound,
      AgentDialing dialing,
      AttemptStore attempts,
      LeadBook leads,
      DispositionService dispositions,
      InstantSource clock,
      @Location("desk/outbound.html") Template part) {
    this.screen = screen;
    this.agents = agents;
    this.sessions = sessions;
    this.outbound = outbound;
    this.dialing = dialing;
    this.attempts = attempts;
    this.leads = leads;
    this.dispositions = dispositions;
    this.clock = clock;
    this.part = part;
  }

  /** The part, fetched again by the desk on live events and while a call is going on. */
  @GET
  public String show() {
    return render(FormState.empty(), null);
  }

  /** Dials the previewed lead; the dial-time check may still refuse it. */
  @POST
  @Path("dial/{attemptId}")
  public Response dial(
      @PathParam("attemptId") long attemptId, @HeaderParam("HX-Request") String hx) {
    FormState form = FormState.empty();
    String notice = null;
    try {
      Launcher.DialOutcome outcome = dialing.dial(me().id(), attemptId);
      if (!outcome.dialed()) {
        notice = refusal(outcome);
      }
    } catch (DomainException e) {
      form.rejectForm(screen.serviceText(e.getMessage()));
    }
    return answer(form, notice, hx);
  }

  /** Why the dial did not go out, in the agent's language (the rule id as the audit names it). */
  private String refusal(Launcher.DialOutcome outcome) {
    if (outcome.check() != null) {
      return screen
          .text("desk.dialRefusedBy")
          .replace("{check}", screen.text("ruleCheck." + outcome.check().name()))
          .replace("{rule}", outcome.rule());
    }
    if (Launcher.DialOutcome.CAMPAIGN_HOURS.equals(outcome.rule())) {
      return screen.text("desk.dialOutsideHours");
    }
    return outcome.rule() == null
        ? screen.text("desk.dialPbxRefused")
        : screen.text("desk.dialRefused");
  }

  /** Puts the previewed lead back; the next one is shown. */
  @POST
  @Path("skip/{attemptId}")
  public Response skip(
      @PathParam("attemptId") long attemptId, @HeaderParam("HX-Request") String hx) {
    FormState form = FormState.empty();
    try {
      dialing.skip(me().id(), attemptId);
    } catch (DomainException e) {
      form.rejectForm(screen.serviceText(e.getMessage()));
    }
    return answer(form, null, hx);
  }

  /** Sets the disposition of the agent's last outbound call. */
  @POST
  @Path("disposition")
  public Response disposition(
      MultivaluedMap<String, String> body, @HeaderParam("HX-Request") String hx) {
    FormState form = new FormState(body);
    Long attemptId = form.id("attemptId", screen);
    String code = form.trimmed("outCode");
    if (code == null) {
      form.reject("outCode", screen.text("validation.NotNull"));
    }
    if (!form.invalid() && attemptId != null) {
      try {
        dialing.dispose(me().id(), attemptId, code, screen.me().username());
      } catch (InvalidInputProblem e) {
        form.renameFields(f -> "code".equals(f) ? "outCode" : f);
        form.reject(screen.serviceErrors(e.fieldErrors()));
      } catch (DomainException e) {
        form.rejectForm(screen.serviceText(e.getMessage()));
      }
    }
    return answer(form, null, hx);
  }

  /** Schedules a callback of the last outbound call's lead at a local time in the lead's zone. */
  @POST
  @Path("callback")
  public Response callback(
      MultivaluedMap<String, String> body, @HeaderParam("HX-Request") String hx) {
    FormState form = new FormState(body);
    Long attemptId = form.id("attemptId", screen);
    String localTime = form.trimmed("localTime");
    AttemptStore.AttemptRow attempt = attemptId == null ? null : attempts.find(attemptId);
    if (localTime == null) {
      form.reject("localTime", screen.text("validation.NotBlank"));
    } else if (attempt != null) {
      try {
        ZoneId zone = leads.zoneOf(attempt.leadId());
        if (!LocalDateTime.parse(localTime).atZone(zone).toInstant().isAfter(clock.instant())) {
          form.reject(
              "localTime", screen.text("desk.callbackInPast").replace("{zone}", zone.getId()));
        }
      } catch (DateTimeException e) {
        form.reject("localTime", screen.text("desk.callbackTimeInvalid"));
      }
    }
    if (!form.invalid() && attemptId != null) {
      try {
        dialing.callback(
            me().id(),
            attemptId,
            localTime,
            form.flag("onlyMe") ? me().id() : null,
            screen.me().username());
      } catch (InvalidInputProblem e) {
        form.reject(screen.serviceErrors(e.fieldErrors()));
      } catch (DomainException e) {
        form.rejectForm(screen.serviceText(e.getMessage()));
      }
    }
    return answer(form, null, hx);
  }

  private Response answer(FormState form, String notice, String hx) {
    if (hx == null && !form.invalid() && notice == null) {
      return seeOther(DeskScreen.PATH);
    }
    return invalid(render(form, notice));
  }

  private String render(FormState form, String notice) {
    AgentView agent = me();
    DeskOutbound.View view =
        outbound.view(agent.id(), sessions.status(agent.id()), screen.language().locale());
    return screen
        .page(part, "/ui/agent")
        .data("out", view)
        .data("outForm", form)
        .data("outNotice", notice)
        .data("outDispositions", activeDispositions())
        .render();
  }

  /** The dispositions an agent may set, for the desk page's first rendering too. */
  java.util.List<DispositionView> activeDispositions() {
    return dispositions.list().stream()
        .map(DispositionView::of)
        .filter(DispositionView::active)
        .toList();
  }

  private AgentView me() {
    return agents
        .agentOf(screen.me().id())
        .orElseThrow(() -> new NotFoundProblem("Agent for user", screen.me().username()));
  }
}
