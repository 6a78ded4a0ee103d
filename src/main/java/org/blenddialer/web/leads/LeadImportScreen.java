package org.blenddialer.web.leads;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.blenddialer.audit.rest.CsvCells;
import org.blenddialer.campaigns.service.CampaignService;
import org.blenddialer.core.leads.ImportState;
import org.blenddialer.leads.rest.LeadImportView;
import org.blenddialer.leads.service.LeadListService;
import org.blenddialer.leads.service.LeadListService.ReportLine;
import org.blenddialer.users.Roles;
import org.blenddialer.web.Screen;
import org.blenddialer.web.UiResource;

/**
 * One lead import: its progress while it runs (the page polls {@code progress} with htmx), then its
 * report of rejected rows, downloadable as CSV whose cells cannot run as spreadsheet formulas.
 */
@Path("/ui/lead-imports/{id}")
@RolesAllowed({Roles.CAMPAIGN_MANAGER, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class LeadImportScreen extends UiResource {

  /** Report lines shown on the page; the CSV holds them all. */
  static final int SHOWN_LINES = 200;

  private final Screen screen;
  private final LeadListService lists;
  private final CampaignService campaigns;
  private final Template page;
  private final Template progress;

  LeadImportScreen(
      Screen screen,
      LeadListService lists,
      CampaignService campaigns,
      @Location("leads/import.html") Template page,
      @Location("leads/import-progress.html") Template progress) {
    this.screen = screen;
    this.lists = lists;
    this.campaigns = campaigns;
    this.page = page;
    this.progress = progress;
  }

  @GET
  public String show(@PathParam("id") long id) {
    LeadImportView job = LeadImportView.of(lists.job(id));
    String campaign = campaigns.get(job.campaignId()).name;
    return withProgress(screen.page(page, "/ui/campaigns"), job)
        .data("campaign", campaign)
        .render();
  }

  /** The live part: counters and bar, polled every second until the import has finished. */
  @GET
  @Path("progress")
  public Response progress(@PathParam("id") long id) {
    LeadImportView job = LeadImportView.of(lists.job(id));
    String html = withProgress(screen.page(progress, "/ui/campaigns"), job).render();
    return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
  }

  /** The whole report as CSV (UTF-8 with BOM for Excel); formula-like cells get an apostrophe. */
  @GET
  @Path("report.csv")
  @Produces("text/csv")
  public Response report(@PathParam("id") long id) {
    lists.reportable(id);
    StreamingOutput body =
        out -> {
          out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
          Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          writer.write(CsvCells.row(List.of("line", "field", "value", "reason", "detail")));
          try {
            lists.forEachReportLine(
                id,
                0,
                line -> {
                  try {
                    writer.write(
                        CsvCells.row(
                            Arrays.asList(
                                Long.toString(line.line()),
                                line.field(),
                                line.rawValue(),
                                line.reason(),
                                line.detail())));
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                });
          } catch (SQLException e) {
            throw new IOException(e);
          }
          writer.flush();
        };
    return Response.ok(body, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"lead-import-" + id + "-report.csv\"")
        .build();
  }

  private io.quarkus.qute.TemplateInstance withProgress(
      io.quarkus.qute.TemplateInstance template, LeadImportView job) {
    ImportState state = ImportState.valueOf(job.state());
    List<ReportLine> lines = new ArrayList<>();
    if (state == ImportState.COMPLETED && job.rowsRejected() > 0) {
      try {
        lists.forEachReportLine(job.id(), SHOWN_LINES, lines::add);
      } catch (SQLException e) {
        throw new IllegalStateException("the import report could not be read", e);
      }
    }
    return template
        .data("job", job)
        .data("running", !state.finished())
        .data("completed", state == ImportState.COMPLETED)
        .data("failed", state == ImportState.FAILED)
        .data("problem", job.problem() == null ? null : screen.serviceText(job.problem()))
        .data("lines", lines)
        .data("moreLines", job.rowsRejected() > lines.size());
  }

  /** Opens the report line record to templates. */
  @TemplateData(target = ReportLine.class)
  @TemplateData(target = LeadImportView.class)
  static final class Views {
    private Views() {}
  }
}
