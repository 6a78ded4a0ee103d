package org.blenddialer.web.campaigns;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
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

  @GET
  public String show(@PathParam("id") long id) {
    return data(page, id).render();
  }

  /** The part that updates itself. */
  @GET
  @Path("live")
  public String livePart(@PathParam("id") long id) {
    return data(live, id).render();
  }

  private TemplateInstance data(Template template, long id) {
    CampaignView c = CampaignView.of(campaigns.get(id));
    LocalFormats fmt = screen.formats();
    ZoneId zone = ZoneId.of(fmt.zone());
    Instant now = clock.instant();
    Instant start = LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
    Instant end = now.plusMillis(1);
    CampaignFigures.Figures today = figures.of(id, start, end);
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
        .data("f", today)
        .data("cap", cap)
        .data("capSource", capOf == null ? null : capOf.source())
        .data("overCap", cap != null && today.liveAnswers() > 0 && today.abandonRate() > cap)
        .data("chart", chart)
        .data("funnel", breakdown.funnel(id))
        .data("agents", breakdown.agents(id, start, end))
        .data("since", start)
        .data("updatedAt", now);
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
