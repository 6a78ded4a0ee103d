package org.blenddialer.web.whatif;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.blenddialer.sim.result.DayResult;
import org.blenddialer.sim.result.Estimate;
import org.blenddialer.sim.result.PolicyResult;
import org.blenddialer.users.Roles;
import org.blenddialer.web.FormState;
import org.blenddialer.web.Screen;
import org.blenddialer.web.UiResource;

/**
 * What-if: the centre's own figures (agents, forecast inbound load, patience, handle time, the
 * campaign's answer rate and pacing) run through the simulator, answered with the predicted service
 * level, speed of answer, occupancy, abandon rates and outbound connects, each with its 95%
 * confidence interval over the simulated days.
 */
@Path("/ui/what-if")
@RolesAllowed({Roles.SUPERVISOR, Roles.CAMPAIGN_MANAGER, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class WhatIfScreen extends UiResource {

  static final String SECTION = "/ui/what-if";
  static final String FIELDS =
      "inboundAgents,blendAgents,callsPerHour,patienceSeconds,handleSeconds,answerPercent,pacing,"
          + "serviceLevelPercent,acceptableWaitSeconds,hours,days";

  private final Screen screen;
  private final WhatIfRunner runner;
  private final Validator validator;
  private final Template page;

  WhatIfScreen(
      Screen screen,
      WhatIfRunner runner,
      Validator validator,
      @Location("whatif/what-if.html") Template page) {
    this.screen = screen;
    this.runner = runner;
    this.validator = validator;
    this.page = page;
  }

  @GET
  public String form() {
    FormState defaults =
        FormState.empty()
            .put("inboundAgents", 8)
            .put("blendAgents", 12)
            .put("callsPerHour", 150)
            .put("patienceSeconds", 120)
            .put("handleSeconds", 180)
            .put("answerPercent", 30)
            .put("pacing", WhatIfParameters.Pacing.PREDICTIVE)
            .put("serviceLevelPercent", 80)
            .put("acceptableWaitSeconds", 20)
            .put("hours", 8)
            .put("days", 5);
    return render(defaults, null);
  }

  @POST
  public Response run(MultivaluedMap<String, String> body) {
    FormState input = new FormState(body);
    WhatIfParameters parameters =
        new WhatIfParameters(
            input.integer("inboundAgents", null, screen),
            input.integer("blendAgents", null, screen),
            input.integer("callsPerHour", null, screen),
            input.integer("patienceSeconds", null, screen),
            input.integer("handleSeconds", null, screen),
            input.integer("answerPercent", null, screen),
            input.choice("pacing", WhatIfParameters.Pacing.class, screen),
            input.integer("serviceLevelPercent", null, screen),
            input.integer("acceptableWaitSeconds", null, screen),
            input.integer("hours", null, screen),
            input.integer("days", null, screen));
    input.reject(validator.validate(parameters), screen);
    if (!input.invalid() && !parameters.hasAgents()) {
      input.reject("blendAgents", screen.text("whatIf.noAgents"));
    }
    if (!input.invalid() && !parameters.smallEnough()) {
      input.reject(
          "days",
          screen
              .text("whatIf.tooLarge")
              .replace("{max}", screen.formats().number(WhatIfParameters.MAX_AGENT_HOURS)));
    }
    if (input.invalid()) {
      return invalid(render(input, null));
    }
    try {
      PolicyResult result = runner.run(parameters.scenario(1));
      return invalid(render(input, Prediction.of(result)));
    } catch (WhatIfRunner.NotRun e) {
      input.rejectForm(screen.text(e.reasonKey()));
      return invalid(render(input, null));
    }
  }

  private String render(FormState form, Prediction prediction) {
    return screen
        .page(page, SECTION)
        .data("form", form)
        .data("fields", FIELDS)
        .data("pacings", List.of(WhatIfParameters.Pacing.values()))
        .data("prediction", prediction)
        .render();
  }

  /**
   * One predicted figure: its mean and the half-width of its 95% confidence interval, rounded.
   *
   * @param id element id and message key suffix
   * @param mean the mean over the days
   * @param plusMinus the half-width, or null when there is only one day
   * @param unit "%", "s" or ""
   */
  @TemplateData
  public record Figure(String id, BigDecimal mean, BigDecimal plusMinus, String unit) {
    static Figure of(String id, Estimate e, double scale, int decimals, String unit) {
      return new Figure(
          id,
          round(e.mean() * scale, decimals),
          Double.isNaN(e.halfWidth()) ? null : round(e.halfWidth() * scale, decimals),
          unit);
    }

    private static BigDecimal round(double value, int decimals) {
      return Double.isFinite(value)
          ? BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP)
          : null;
    }
  }

  /**
   * The simulator's answer as the page shows it.
   *
   * @param figures the predicted figures, in display order
   * @param days how many days were simulated
   * @param events simulated events, for the curious
   */
  @TemplateData
  public record Prediction(List<Figure> figures, int days, long events) {
    static Prediction of(PolicyResult r) {
      double[] abandoned =
          r.days().stream()
              .mapToDouble(
                  (DayResult d) ->
                      d.inboundArrivals() == 0
                          ? 0
                          : (double) d.inboundAbandoned() / d.inboundArrivals())
              .toArray();
      return new Prediction(
          List.of(
              Figure.of("serviceLevel", r.serviceLevel(), 100, 1, "%"),
              Figure.of("averageSpeedOfAnswer", r.averageSpeedOfAnswer(), 1, 1, "s"),
              Figure.of("occupancy", r.occupancy(), 100, 1, "%"),
              Figure.of("inboundAbandonRate", Estimate.of(abandoned), 100, 2, "%"),
              Figure.of("outboundAbandonRate", r.outboundAbandonRate(), 100, 2, "%"),
              Figure.of("connectsPerAgentHour", r.connectsPerAgentHour(), 1, 2, ""),
              Figure.of("inboundCalls", r.inboundArrivals(), 1, 0, ""),
              Figure.of("outboundDials", r.outboundDials(), 1, 0, "")),
          r.days().size(),
          r.events());
    }
  }
}
