package org.blenddialer.compliance.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.blenddialer.audit.rest.AuditRecordView;
import org.blenddialer.compliance.rest.ConsentResource.LedgerEntry;
import org.blenddialer.compliance.rest.DncResource.DncEntryView;
import org.blenddialer.compliance.service.DataSubjectErasure;
import org.blenddialer.compliance.service.DataSubjectExport;
import org.blenddialer.core.compliance.ListAnswer;
import org.blenddialer.users.Roles;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** GDPR requests: access (everything held about a number or person) and erasure. */
@Path("/api/v1/compliance/data-subjects")
@RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.ADMIN})
@Tag(name = "Compliance")
public class DataSubjectResource {

  private final DataSubjectExport export;
  private final DataSubjectErasure erasure;
  private final SecurityIdentity identity;

  DataSubjectResource(
      DataSubjectExport export, DataSubjectErasure erasure, SecurityIdentity identity) {
    this.export = export;
    this.erasure = erasure;
    this.identity = identity;
  }

  /** An erasure request: the number, and the person (lead) when known. */
  public record ErasureRequest(@NotBlank String number, String personRef) {}

  /** Erases the person's data and suppresses the number for good. */
  @POST
  @Path("erasures")
  public DataSubjectErasure.Erased erase(@Valid @NotNull ErasureRequest request) {
    return erasure.erase(request.number(), request.personRef(), identity.getPrincipal().getName());
  }

  /** A DNC entry with its list. */
  public record ListedEntryView(String list, DncEntryView entry) {}

  /** The export document. */
  public record ExportView(
      String number,
      String personRef,
      Instant exportedAt,
      List<LedgerEntry> consent,
      List<ListedEntryView> dncEntries,
      List<ListAnswer> registries,
      List<AuditRecordView> auditRecords) {}

  @GET
  @Path("export")
  public Response export(@QueryParam("number") String number, @QueryParam("person") String person) {
    var c = export.export(number, person, identity.getPrincipal().getName());
    ExportView view =
        new ExportView(
            c.number(),
            c.personRef(),
            c.exportedAt(),
            c.consent().stream().map(LedgerEntry::of).toList(),
            c.dncEntries().stream()
                .map(e -> new ListedEntryView(e.list(), DncEntryView.of(e.entry())))
                .toList(),
            c.registries(),
            c.auditRecords().stream().map(AuditRecordView::of).toList());
    return Response.ok(view)
        .header(
            "Content-Disposition",
            "attachment; filename=\"data-subject-" + c.number().substring(1) + ".json\"")
        .build();
  }
}
