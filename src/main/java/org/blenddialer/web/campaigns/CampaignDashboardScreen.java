package org.blenddialer.web.campaigns;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.blenddialer.campaigns.rest.CampaignView;
import org.blenddialer.campaigns.service.CampaignService;
import org.blenddialer.compliance.service.PolicyPackCatalogue;
import org.blenddialer.core.compliance.PolicyPack;
import org.blenddialer.dialer.service.CampaignBreakdown;
import org.blenddialer.dialer.service.CampaignFigures;
import org.blenddialer.users.Roles;
import org.blenddialer.web.LocalFormats;
import org.blenddialer.web.Screen;
import org.blenddialer.web.UiResource;

/**
 * A campaign's dashboard for today: dials, connects, conversions and the abandon rate against the
 * campaign's cap, per half hour as charts, the lead funnel and each agent's results. The live part
 * is fetched again every few seconds (htmx polling), rendered in the user's language.
 */
@Path("/ui/campaign/{id}/dashboard")
@RolesAllowed({Roles.CAMPAIGN_MANAGER, Roles.SUPERVISOR, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class CampaignDashboardScreen extends UiResource {

  static final Duration WINDOW = Duration.ofMinutes(30);

  private final Screen screen;
  private final CampaignService campaigns;
  private final CampaignFigures figures;
  private final CampaignBreakdown breakdown;
  private final PolicyPackCatalogue packs;
  private final InstantSource clock;
  private final Template page;
  private final Template live;

  CampaignDashboardScreen(
      Screen screen,
      CampaignService campaigns,
      CampaignFigures figures,
      CampaignBreakdown breakdown,
      PolicyPackCatalogue packs,
      InstantSource clock,
      @Location("campaigns/dashboard.html") Template page,
      @Location("campaigns/dashboard-live.html") Template live) {
    this.screen = screen;
    this.campaigns = campaigns;
    this.figures = figures;
    this.breakdown = breakdown;
    this.packs = packs;
    this.clock = clock;
    this.page = page;
    this.live = live;
  }

  /**
   * The dashboard of today (updating itself) or, with {@code day} (yyyy-mm-dd in the UI's zone), of
   * that whole past day; a day that is not a date or lies in the future shows today with a notice.
   */
  @GET
  public String show(@PathParam("id") long id, @QueryParam("day") String day) {
    return data(page, id, day).render();
  }

  /** The part that updates itself (today) or is fetched once (a past day). */
  @GET
  @Path("live")
  public String livePart(@PathParam("id") long id, @QueryParam("day") String day) {
    return data(live, id, day).render();
  }

  private TemplateInstance data(Template template, long id, String day) {
    CampaignView c = CampaignView.of(campaigns.get(id));
    LocalFormats fmt = screen.formats();
    ZoneId zone = ZoneId.of(fmt.zone());
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, zone);
    LocalDate shown = today;
    String dayNotice = null;
    if (day != null && !day.isBlank()) {
      try {
        shown = LocalDate.parse(day.trim());
      } catch (DateTimeParseException e) {
        shown = null;
      }
      if (shown == null || shown.isAfter(today)) {
        dayNotice = screen.text("dashboard.badDay");
        shown = today;
      }
    }
    boolean past = shown.isBefore(today);
    Instant start = shown.atStartOfDay(zone).toInstant();
    Instant end = past ? shown.plusDays(1).atStartOfDay(zone).toInstant() : now.plusMillis(1);
    CampaignFigures.Figures shownFigures = figures.of(id, start, end);
    List<CampaignBreakdown.Window> windows = breakdown.windows(id, start, end, WINDOW);
    Cap capOf = cap(c);
    Double cap = capOf == null ? null : capOf.rate();
    List<String> times =
        windows.stream().map(w -> fmt.time(LocalTime.ofInstant(w.from(), zone))).toList();
    String barText = screen.text("dashboard.barTitle");
    DashboardChart chart =
        DashboardChart.of(
            windows,
            cap,
            times,
            fmt::number,
            fmt::percent,
            (time, dials, connects) ->
                barText
                    .replace("{time}", time)
                    .replace("{dials}", dials)
                    .replace("{connects}", connects));
    return screen
        .page(template, CampaignsScreen.SECTION)
        .data("c", c)
        .data("f", shownFigures)
        .data("cap", cap)
        .data("capSource", capOf == null ? null : capOf.source())
        .data(
            "overCap",
            cap != null && shownFigures.liveAnswers() > 0 && shownFigures.abandonRate() > cap)
        .data("chart", chart)
        .data("funnel", breakdown.funnel(id))
        .data("agents", breakdown.agents(id, start, end))
        .data("since", start)
        .data("updatedAt", now)
        .data("past", past)
        .data("day", shown.toString())
        .data("today", today.toString())
        .data("shownDate", fmt.date(shown))
        .data("dayNotice", dayNotice);
  }

  /**
   * The abandon rate the campaign is held to.
   *
   * @param rate the highest share of live answers that may be abandoned
   * @param source where it comes from: the campaign's own target or its jurisdiction's rule
   */
  record Cap(double rate, String source) {}

  /**
   * The stricter of the campaign's own target and its declared jurisdiction's abandon caps; null
   * when neither sets one (campaigns that follow each number's pack are capped per dial).
   */
  private Cap cap(CampaignView c) {
    Cap cap = null;
    BigDecimal target = c.targetAbandonPercent();
    if (target != null) {
      cap = new Cap(target.doubleValue() / 100, screen.text("dashboard.capTarget"));
    }
    PolicyPack pack = c.jurisdiction() == null ? null : packs.packs().get(c.jurisdiction());
    if (pack != null) {
      for (PolicyPack.AbandonCap rule : pack.abandonCaps()) {
        if (cap == null || rule.maxRate() < cap.rate()) {
          cap = new Cap(rule.maxRate(), pack.id() + " " + rule.ref());
        }
      }
    }
    return cap;
  }
}
