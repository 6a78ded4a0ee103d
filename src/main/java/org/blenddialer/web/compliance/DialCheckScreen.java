package org.blenddialer.web.compliance;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.blenddialer.compliance.config.ComplianceConfig;
import org.blenddialer.compliance.service.DialCheckInput;
import org.blenddialer.compliance.service.DialCheckService;
import org.blenddialer.core.compliance.Audience;
import org.blenddialer.core.compliance.CallConduct;
import org.blenddialer.core.compliance.CallPurpose;
import org.blenddialer.core.compliance.CampaignFacts;
import org.blenddialer.core.compliance.DialDecision;
import org.blenddialer.core.compliance.DialMode;
import org.blenddialer.core.compliance.DialTarget;
import org.blenddialer.core.compliance.ListAnswer;
import org.blenddialer.core.compliance.RuleVerdict;
import org.blenddialer.platform.error.InvalidInputProblem;
import org.blenddialer.users.Roles;
import org.blenddialer.web.FormState;
import org.blenddialer.web.Screen;
import org.blenddialer.web.UiResource;

/**
 * "Can we call this number now, and why": the dial-time check for a number, with every rule
 * consulted, the one that denied, and the versions of the lists and packs it relied on. Asking
 * changes nothing and is not recorded as a dial.
 */
@Path("/ui/compliance/check")
@RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class DialCheckScreen extends UiResource {

  static final String SECTION = "/ui/compliance";

  private final Screen screen;
  private final DialCheckService checks;
  private final ComplianceConfig config;
  private final Template page;

  DialCheckScreen(
      Screen screen,
      DialCheckService checks,
      ComplianceConfig config,
      @Location("compliance/check.html") Template page) {
    this.screen = screen;
    this.checks = checks;
    this.config = config;
    this.page = page;
  }

  @GET
  public String form(@QueryParam("number") String number) {
    FormState state =
        FormState.empty()
            .put("dialMode", DialMode.PROGRESSIVE)
            .put("purpose", CallPurpose.TELEMARKETING)
            .put("audience", Audience.CONSUMER)
            .put("company", config.company());
    if (number != null && !number.isBlank()) {
      state.put("number", number.trim());
    }
    return render(state, null);
  }

  @POST
  public Response check(MultivaluedMap<String, String> body) {
    FormState input = new FormState(body);
    DialMode mode = input.choice("dialMode", DialMode.class, screen);
    CallPurpose purpose = input.choice("purpose", CallPurpose.class, screen);
    Audience audience = input.choice("audience", Audience.class, screen);
    Instant at = LocalTimes.instant(input, "at", screen);
    String number = input.trimmed("number");
    if (number == null) {
      input.reject("number", screen.text("validation.NotBlank"));
    }
    if (input.invalid()) {
      return invalid(render(input, null));
    }
    String company = input.trimmed("company");
    CampaignFacts campaign =
        new CampaignFacts(
            input.trimmed("campaign") == null ? "ad-hoc" : input.trimmed("campaign"),
            company == null ? config.company() : company,
            purpose == null ? CallPurpose.TELEMARKETING : purpose,
            audience == null ? Audience.CONSUMER : audience,
            null,
            false,
            true,
            true,
            input.trimmed("declaredPack"));
    try {
      DialCheckService.Checked checked =
          checks.check(
              new DialCheckInput(
                  number,
                  null,
                  input.trimmed("zone"),
                  input.trimmed("zone") == null
                      ? null
                      : org.blenddialer.core.compliance.ZoneSource.EXPLICIT,
                  campaign,
                  mode == null ? DialMode.PROGRESSIVE : mode,
                  at,
                  List.of(),
                  List.of(),
                  null));
      return invalid(render(input, Answer.of(checked)));
    } catch (InvalidInputProblem e) {
      input.reject(screen.serviceErrors(e.fieldErrors()));
      return invalid(render(input, null));
    }
  }

  private String render(FormState state, Answer answer) {
    return screen
        .page(page, SECTION)
        .data("form", state)
        .data("answer", answer)
        .data("modes", List.of(DialMode.values()))
        .data("purposes", List.of(CallPurpose.values()))
        .data("audiences", List.of(Audience.values()))
        .render();
  }

  /**
   * The check's answer as the page shows it.
   *
   * @param target the number as the numbering plan reads it
   * @param decision the decision with every rule consulted
   */
  @TemplateData
  public record Answer(DialTarget target, DialDecision decision) {
    static Answer of(DialCheckService.Checked checked) {
      return new Answer(checked.target(), checked.decision());
    }

    /** Minimum ring in seconds, or null when no rule sets one. */
    public Long minimumRingSeconds() {
      CallConduct c = decision.conduct();
      return c == null || c.minimumRing().isZero() ? null : c.minimumRing().toSeconds();
    }
  }

  /** Opens the core's decision records to templates. */
  @TemplateData(target = DialDecision.class)
  @TemplateData(target = DialTarget.class)
  @TemplateData(target = RuleVerdict.class)
  @TemplateData(target = ListAnswer.class)
  @TemplateData(target = CallConduct.class)
  static final class Views {
    private Views() {}
  }
}
