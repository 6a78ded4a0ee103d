package org.blenddialer.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.blenddialer.audit.service.AuditSearch;
import org.blenddialer.audit.service.AuditTrail;
import org.blenddialer.audit.service.ChainVerification;
import org.blenddialer.users.Roles;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Reading the audit trail: search, export as CSV or JSON, verify the hash chain. Read-only for
 * everyone: there is no endpoint that changes or removes a record.
 */
@Path("/api/v1/audit")
@RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.ADMIN})
@Tag(name = "Audit trail")
public class AuditResource {

  private static final List<String> COLUMNS =
      List.of(
          "seq",
          "recordedAt",
          "actor",
          "action",
          "subjectType",
          "subjectId",
          "phoneNumber",
          "campaignId",
          "decision",
          "ruleId",
          "details",
          "prevHash",
          "hash");

  private final AuditSearch search;
  private final AuditTrail trail;

  AuditResource(AuditSearch search, AuditTrail trail) {
    this.search = search;
    this.trail = trail;
  }

  @GET
  @Path("records")
  public List<AuditRecordView> find(@BeanParam AuditFilter filter) {
    return search.find(filter.toQuery()).stream().map(AuditRecordView::of).toList();
  }

  @GET
  @Path("records/export.csv")
  @Produces("text/csv")
  public Response exportCsv(@BeanParam AuditFilter filter) {
    StringBuilder csv = new StringBuilder(CsvCells.row(COLUMNS));
    for (AuditRecordView r : find(filter)) {
      List<String> cells = new ArrayList<>();
      cells.add(Long.toString(r.seq()));
      cells.add(r.recordedAt().toString());
      cells.add(r.actor());
      cells.add(r.action());
      cells.add(r.subjectType());
      cells.add(r.subjectId());
      cells.add(r.phoneNumber());
      cells.add(r.campaignId());
      cells.add(r.decision());
      cells.add(r.ruleId());
      cells.add(r.details());
      cells.add(r.prevHash());
      cells.add(r.hash());
      csv.append(CsvCells.row(cells));
    }
    return Response.ok(csv.toString(), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"audit-records.csv\"")
        .build();
  }

  @GET
  @Path("records/export.json")
  @Produces(MediaType.APPLICATION_JSON)
  public Response exportJson(@BeanParam AuditFilter filter) {
    return Response.ok(find(filter))
        .header("Content-Disposition", "attachment; filename=\"audit-records.json\"")
        .build();
  }

  @GET
  @Path("verification")
  public ChainVerification verify() {
    return trail.verify();
  }
}
