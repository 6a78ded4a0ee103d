package org.blenddialer.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.blenddialer.audit.service.AuditQuery;
import org.blenddialer.audit.service.AuditSearch;
import org.blenddialer.audit.service.AuditTrail;
import org.blenddialer.audit.service.ChainVerification;
import org.blenddialer.platform.error.InvalidInputProblem;
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
  public List<AuditRecordView> find(
      @QueryParam("number") String number,
      @QueryParam("campaign") String campaign,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("decision") String decision,
      @QueryParam("rule") String rule,
      @QueryParam("action") String action,
      @QueryParam("limit") int limit) {
    return search.find(query(number, campaign, from, to, decision, rule, action, limit)).stream()
        .map(AuditRecordView::of)
        .toList();
  }

  @GET
  @Path("records/export.csv")
  @Produces("text/csv")
  public Response exportCsv(
      @QueryParam("number") String number,
      @QueryParam("campaign") String campaign,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("decision") String decision,
      @QueryParam("rule") String rule,
      @QueryParam("action") String action,
      @QueryParam("limit") int limit) {
    StringBuilder csv = new StringBuilder(CsvCells.row(COLUMNS));
    for (AuditRecordView r : find(number, campaign, from, to, decision, rule, action, limit)) {
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
  public Response exportJson(
      @QueryParam("number") String number,
      @QueryParam("campaign") String campaign,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("decision") String decision,
      @QueryParam("rule") String rule,
      @QueryParam("action") String action,
      @QueryParam("limit") int limit) {
    return Response.ok(find(number, campaign, from, to, decision, rule, action, limit))
        .header("Content-Disposition", "attachment; filename=\"audit-records.json\"")
        .build();
  }

  @GET
  @Path("verification")
  public ChainVerification verify() {
    return trail.verify();
  }

  private static AuditQuery query(
      String number,
      String campaign,
      String from,
      String to,
      String decision,
      String rule,
      String action,
      int limit) {
    return new AuditQuery(
        blankToNull(number),
        blankToNull(campaign),
        instant("from", from),
        instant("to", to),
        blankToNull(decision),
        blankToNull(rule),
        blankToNull(action),
        limit);
  }

  private static Instant instant(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw InvalidInputProblem.ofField(field, "an ISO-8601 instant, e.g. 2026-11-23T12:00:00Z");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
