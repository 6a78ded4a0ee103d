package org.blenddialer.web.campaigns;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.blenddialer.acd.service.QueueService;
import org.blenddialer.campaigns.rest.CampaignDefinition;
import org.blenddialer.campaigns.rest.CampaignView;
import org.blenddialer.campaigns.service.CampaignService;
import org.blenddialer.campaigns.service.DefaultRetryRules;
import org.blenddialer.core.campaign.AmdHandling;
import org.blenddialer.core.campaign.AttemptOutcome;
import org.blenddialer.core.campaign.DialMode;
import org.blenddialer.core.campaign.LeadOrder;
import org.blenddialer.core.campaign.RetryRule;
import org.blenddialer.users.Roles;
import org.blenddialer.web.FormState;
import org.blenddialer.web.Screen;
import org.blenddialer.web.UiResource;

/** Campaign definitions: list, create and edit, for campaign managers (supervisors read). */
@Path("/ui/campaigns")
@Produces(MediaType.TEXT_HTML)
public class CampaignsScreen extends UiResource {

  static final String SECTION = "/ui/campaigns";

  /** Outcomes a retry rule may name (a connected call is never retried). */
  static final List<AttemptOutcome> RETRIED =
      java.util.Arrays.stream(AttemptOutcome.values())
          .filter(o -> o != AttemptOutcome.CONNECTED)
          .toList();

  private static final String FIELDS =
      "name,dialMode,powerRatio,targetAbandonPercent,asteriskQueue,asteriskServer,trunk,callerId,"
          + "jurisdiction,callingHoursStart,callingHoursEnd,callingDays,amdHandling,"
          + "maxAttemptsPerLead,maxAttemptsPerDay,leadOrder,script,skillQueueIds,"
          + RETRIED.stream()
              .map(o -> "retryDelay-" + o + ",retryMax-" + o)
              .collect(Collectors.joining(","));

  private static final java.util.regex.Pattern RETRY_FIELD =
      java.util.regex.Pattern.compile("retryRules\\[(\\d+)]\\.(delayMinutes|maxAttempts)");

  private final Screen screen;
  private final CampaignService campaigns;
  private final QueueService queues;
  private final Validator validator;
  private final Template list;
  private final Template form;

  CampaignsScreen(
      Screen screen,
      CampaignService campaigns,
      QueueService queues,
      Validator validator,
      @Location("campaigns/campaigns.html") Template list,
      @Location("campaigns/campaign-form.html") Template form) {
    this.screen = screen;
    this.campaigns = campaigns;
    this.queues = queues;
    this.validator = validator;
    this.list = list;
    this.form = form;
  }

  @GET
  @RolesAllowed({Roles.CAMPAIGN_MANAGER, Roles.SUPERVISOR, Roles.ADMIN})
  public String list(@QueryParam("saved") String saved) {
    return screen
        .page(list, SECTION)
        .data("campaigns", campaigns.list().stream().map(CampaignView::of).toList())
        .data("saved", saved)
        .render();
  }

  @GET
  @Path("new")
  @RolesAllowed({Roles.CAMPAIGN_MANAGER, Roles.ADMIN})
  public String newCampaign() {
    FormState defaults =
        FormState.empty()
            .put("dialMode", DialMode.PROGRESSIVE)
            .put("asteriskServer", "default")
            .put("callingHoursStart", LocalTime.of(9, 0))
            .put("callingHoursEnd", LocalTime.of(20, 0))
            .put("amdHandling", AmdHandling.HANG_UP)
            .put("maxAttemptsPerLead", 6)
            .put("maxAttemptsPerDay", 2)
            .put("leadOrder", LeadOrder.PRIORITY);
    for (DayOfWeek day : List.of(DayOfWeek.values()).subList(0, 5)) {
      defaults.add("callingDays", day);
    }
    for (RetryRule r : DefaultRetryRules.RULES) {
      defaults.put("retryDelay-" + r.outcome(), r.delay().toMinutes());
      defaults.put("retryMax-" + r.outcome(), r.maxAttempts());
    }
    return formPage(defaults, null);
  }

  @POST
  @RolesAllowed({Roles.CAMPAIGN_MANAGER, Roles.ADMIN})
  public Response create(MultivaluedMap<String, String> body) {
    FormState input = new FormState(body);
    CampaignDefinition definition = definition(input, null);
    long[] created = new long[1];
    return submit(input, validator, screen, definition, d -> created[0] = campaigns.create(d).id)
        ? seeOther("/ui/campaign/" + created[0])
        : invalid(formPage(input, null));
  }

  @GET
  @Path("{id}/edit")
  @RolesAllowed({Roles.CAMPAIGN_MANAGER, Roles.ADMIN})
  public String edit(@PathParam("id") long id) {
    CampaignView c = CampaignView.of(campaigns.get(id));
    FormState state =
        FormState.empty()
            .put("name", c.name())
            .put("dialMode", c.dialMode())
            .put("powerRatio", c.powerRatio())
            .put("targetAbandonPercent", c.targetAbandonPercent())
            .put("asteriskQueue", c.asteriskQueue())
            .put("asteriskServer", c.asteriskServer())
            .put("trunk", c.trunk())
            .put("callerId", c.callerId())
            .put("jurisdiction", c.jurisdiction())
            .put("callingHoursStart", c.callingHoursStart())
            .put("callingHoursEnd", c.callingHoursEnd())
            .put("amdHandling", c.amdHandling())
            .put("maxAttemptsPerLead", c.maxAttemptsPerLead())
            .put("maxAttemptsPerDay", c.maxAttemptsPerDay())
            .put("leadOrder", c.leadOrder())
            .put("script", c.script());
    c.callingDays().forEach(d -> state.add("callingDays", d));
    c.skillQueueIds().forEach(q -> state.add("skillQueueIds", q));
    for (CampaignDefinition.Retry r : c.retryRules()) {
      state.put("retryDelay-" + r.outcome(), r.delayMinutes());
      state.put("retryMax-" + r.outcome(), r.maxAttempts());
    }
    return formPage(state, c);
  }

  @POST
  @Path("{id}/edit")
  @RolesAllowed({Roles.CAMPAIGN_MANAGER, Roles.ADMIN})
  public Response update(@PathParam("id") long id, MultivaluedMap<String, String> body) {
    CampaignView existing = CampaignView.of(campaigns.get(id));
    FormState input = new FormState(body);
    CampaignDefinition definition = definition(input, existing);
    return submit(input, validator, screen, definition, d -> campaigns.update(id, d))
        ? saved("/ui/campaign/" + id, existing.name())
        : invalid(formPage(input, existing));
  }

  /** The form's fields as the API's definition. */
  private CampaignDefinition definition(FormState input, CampaignView existing) {
    return new CampaignDefinition(
        input.trimmed("name"),
        input.choice("dialMode", DialMode.class, screen),
        input.decimal("powerRatio", screen),
        input.decimal("targetAbandonPercent", screen),
        input.trimmed("asteriskQueue"),
        input.trimmed("asteriskServer"),
        input.trimmed("trunk"),
        input.trimmed("callerId"),
        input.trimmed("jurisdiction"),
        input.time("callingHoursStart", screen),
        input.time("callingHoursEnd", screen),
        input.choices("callingDays", DayOfWeek.class, screen),
        input.choice("amdHandling", AmdHandling.class, screen),
        input.integer("maxAttemptsPerLead", 0, screen),
        input.integer("maxAttemptsPerDay", 0, screen),
        input.choice("leadOrder", LeadOrder.class, screen),
        input.trimmed("script"),
        retryRules(input),
        skillQueueIds(input));
  }

  /**
   * One rule per outcome row with both figures; a row with one of them is refused at the empty
   * field, a row with neither is no rule (not retried). Every row empty gives the standard rules,
   * as the API does for an empty list. The API's errors ({@code retryRules[2].maxAttempts}) are
   * shown at their row's input.
   */
  private List<CampaignDefinition.Retry> retryRules(FormState input) {
    List<CampaignDefinition.Retry> rules = new java.util.ArrayList<>();
    List<AttemptOutcome> rows = new java.util.ArrayList<>();
    for (AttemptOutcome o : RETRIED) {
      Integer delay = input.integer("retryDelay-" + o, null, screen);
      Integer max = input.integer("retryMax-" + o, null, screen);
      boolean delayGiven = input.trimmed("retryDelay-" + o) != null;
      boolean maxGiven = input.trimmed("retryMax-" + o) != null;
      if (delayGiven != maxGiven) {
        input.reject(
            (delayGiven ? "retryMax-" : "retryDelay-") + o, screen.text("campaigns.retryBoth"));
      } else if (delay != null && max != null) {
        rules.add(new CampaignDefinition.Retry(o, delay, max));
        rows.add(o);
      }
    }
    input.renameFields(
        field -> {
          java.util.regex.Matcher m = RETRY_FIELD.matcher(field);
          if (!m.matches() || Integer.parseInt(m.group(1)) >= rows.size()) {
            return field;
          }
          AttemptOutcome o = rows.get(Integer.parseInt(m.group(1)));
          return (m.group(2).equals("delayMinutes") ? "retryDelay-" : "retryMax-") + o;
        });
    return rules;
  }

  private java.util.Set<Long> skillQueueIds(FormState input) {
    java.util.Set<Long> ids = new java.util.HashSet<>();
    for (String v : input.values("skillQueueIds")) {
      try {
        ids.add(Long.valueOf(v));
      } catch (NumberFormatException e) {
        input.reject("skillQueueIds", screen.text("validation.choice"));
      }
    }
    return ids;
  }

  private String formPage(FormState state, CampaignView campaign) {
    Map<Long, String> queueNames =
        queues.list().stream().collect(Collectors.toMap(q -> q.id, q -> q.name));
    return screen
        .page(form, SECTION)
        .data("form", state)
        .data("campaign", campaign)
        .data("dialModes", List.of(DialMode.values()))
        .data("amdHandlings", List.of(AmdHandling.values()))
        .data("leadOrders", List.of(LeadOrder.values()))
        .data("days", List.of(DayOfWeek.values()))
        .data("queueNames", queueNames)
        .data("retryOutcomes", RETRIED)
        .data("shownFields", FIELDS)
        .render();
  }
}
