package org.blenddialer.web.compliance;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.blenddialer.audit.rest.AuditRecordView;
import org.blenddialer.audit.service.AuditQuery;
import org.blenddialer.audit.service.AuditSearch;
import org.blenddialer.audit.service.AuditTrail;
import org.blenddialer.audit.service.ChainVerification;
import org.blenddialer.platform.error.InvalidInputProblem;
import org.blenddialer.users.Roles;
import org.blenddialer.web.FormState;
import org.blenddialer.web.Screen;
import org.blenddialer.web.UiResource;

/**
 * The audit trail: search by number, campaign, time range, decision and rule; export what was found
 * as CSV or JSON (the API's exports, same filters); verify the hash chain end to end.
 */
@Path("/ui/compliance/audit")
@RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class AuditScreen extends UiResource {

  private static final int SHOWN = 200;

  private final Screen screen;
  private final AuditSearch search;
  private final AuditTrail trail;
  private final Template page;
  private final Template verification;

  AuditScreen(
      Screen screen,
      AuditSearch search,
      AuditTrail trail,
      @Location("compliance/audit.html") Template page,
      @Location("compliance/audit-verification.html") Template verification) {
    this.screen = screen;
    this.search = search;
    this.trail = trail;
    this.page = page;
    this.verification = verification;
  }

  @GET
  public String show(UriInfo uri) {
    FormState filter = new FormState(uri.getQueryParameters());
    Instant from = LocalTimes.instant(filter, "from", screen);
    Instant to = LocalTimes.instant(filter, "to", screen);
    String decision = filter.trimmed("decision");
    if (decision != null && !decision.equals("ALLOWED") && !decision.equals("DENIED")) {
      filter.reject("decision", screen.text("validation.choice"));
    }
    if (from != null && to != null && !from.isBefore(to)) {
      filter.reject("to", screen.serviceText("from must come before to"));
    }
    List<AuditRecordView> records = List.of();
    Map<String, String> apiFilter = new LinkedHashMap<>();
    boolean searched = !uri.getQueryParameters().isEmpty();
    if (searched && !filter.invalid()) {
      put(apiFilter, "number", filter.trimmed("number"));
      put(apiFilter, "campaign", filter.trimmed("campaign"));
      put(apiFilter, "from", from == null ? null : from.toString());
      put(apiFilter, "to", to == null ? null : to.toString());
      put(apiFilter, "decision", decision);
      put(apiFilter, "rule", filter.trimmed("rule"));
      put(apiFilter, "action", filter.trimmed("action"));
      try {
        records =
            search
                .find(
                    new AuditQuery(
                        filter.trimmed("number"),
                        filter.trimmed("campaign"),
                        from,
                        to,
                        decision,
                        filter.trimmed("rule"),
                        filter.trimmed("action"),
                        SHOWN))
                .stream()
                .map(AuditRecordView::of)
                .toList();
      } catch (InvalidInputProblem e) {
        filter.reject(screen.serviceErrors(e.fieldErrors()));
      }
    }
    String query =
        apiFilter.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return screen
        .page(page, DialCheckScreen.SECTION)
        .data("filter", filter)
        .data("searched", searched && !filter.invalid())
        .data("records", records)
        .data("shown", SHOWN)
        .data("exportQuery", query.isEmpty() ? "" : "?" + query)
        .render();
  }

  /** Recomputes the chain end to end; the page loads this part when asked. */
  @GET
  @Path("verification")
  public String verify() {
    ChainVerification result = trail.verify();
    return screen
        .page(verification, DialCheckScreen.SECTION)
        .data("v", result)
        .data("problem", result.problem() == null ? null : screen.serviceText(result.problem()))
        .render();
  }

  private static void put(Map<String, String> filter, String key, String value) {
    if (value != null) {
      filter.put(key, value);
    }
  }

  /** Opens the API's record view and the verification result to templates. */
  @TemplateData(target = AuditRecordView.class)
  @TemplateData(target = ChainVerification.class)
  static final class Views {
    private Views() {}
  }
}
