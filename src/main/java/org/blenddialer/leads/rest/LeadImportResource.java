package org.blenddialer.leads.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import org.blenddialer.leads.service.LeadListService;
import org.blenddialer.users.Roles;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Import jobs: progress while they run, and the report of rejected rows as CSV at the end. */
@Path("/api/v1/lead-imports")
@RolesAllowed({Roles.CAMPAIGN_MANAGER, Roles.ADMIN})
@Tag(name = "Lead lists")
public class LeadImportResource {

  private final LeadListService lists;

  LeadImportResource(LeadListService lists) {
    this.lists = lists;
  }

  @GET
  public List<LeadImportView> recent(
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
    return lists.jobs(limit).stream().map(LeadImportView::of).toList();
  }

  @GET
  @Path("{id}")
  public LeadImportView job(@PathParam("id") long id) {
    return LeadImportView.of(lists.job(id));
  }

  /**
   * The rejected rows of a completed import: line, field, value, reason, detail. UTF-8 with a BOM
   * so that Excel opens it with the right characters.
   */
  @GET
  @Path("{id}/report")
  @Produces("text/csv")
  public Response report(@PathParam("id") long id) {
    lists.reportable(id);
    StreamingOutput body =
        out -> {
          out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
          Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          try {
            lists.writeReport(id, writer);
          } catch (SQLException e) {
            throw new UncheckedIOException(new java.io.IOException(e));
          }
          writer.flush();
        };
    return Response.ok(body, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"lead-import-" + id + "-report.csv\"")
        .build();
  }
}
