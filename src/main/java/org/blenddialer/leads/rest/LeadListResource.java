package org.blenddialer.leads.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.blenddialer.core.leads.ColumnMapping;
import org.blenddialer.core.leads.DuplicatePolicy;
import org.blenddialer.leads.persistence.LeadImport;
import org.blenddialer.leads.service.LeadImportService;
import org.blenddialer.leads.service.LeadListService;
import org.blenddialer.leads.service.NewImport;
import org.blenddialer.platform.error.InvalidInputProblem;
import org.blenddialer.users.Roles;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Lead lists: upload a file (multipart) or import one from the server's import directory into a new
 * list of a campaign; read lists and their leads. An import answers 202 at once with its job, which
 * {@code /api/v1/lead-imports/{id}} shows as it runs.
 */
@Path("/api/v1/lead-lists")
@RolesAllowed({Roles.CAMPAIGN_MANAGER, Roles.ADMIN})
@Tag(name = "Lead lists")
public class LeadListResource {

  private final LeadImportService imports;
  private final LeadListService lists;
  private final SecurityIdentity identity;
  private final ObjectMapper json;

  LeadListResource(
      LeadImportService imports,
      LeadListService lists,
      SecurityIdentity identity,
      ObjectMapper json) {
    this.imports = imports;
    this.lists = lists;
    this.identity = identity;
    this.json = json;
  }

  @GET
  public List<LeadListView> lists(@QueryParam("campaignId") Long campaignId) {
    return lists.lists(campaignId).stream().map(LeadListView::of).toList();
  }

  @GET
  @Path("{id}")
  public LeadListView list(@PathParam("id") long id) {
    return LeadListView.of(lists.list(id));
  }

  @GET
  @Path("{id}/leads")
  public List<LeadView> leads(
      @PathParam("id") long id,
      @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
      @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
    return lists.leads(id, offset, limit).stream().map(LeadView::of).toList();
  }

  /**
   * Uploads a CSV or XLSX file into a new list. Form fields: file, campaignId, name,
   * defaultCountry, duplicatePolicy (SKIP, KEEP_NEWEST, KEEP_ALL), hasHeader, mapping (JSON).
   */
  @POST
  @Path("uploads")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response upload(
      @RestForm("file") FileUpload file,
      @RestForm Long campaignId,
      @RestForm String name,
      @RestForm String defaultCountry,
      @RestForm String duplicatePolicy,
      @RestForm String hasHeader,
      @RestForm String mapping,
      UriInfo uri) {
    if (file == null || file.uploadedFile() == null) {
      throw InvalidInputProblem.ofField("file", "must be a CSV or XLSX file part");
    }
    NewImport request =
        new NewImport(
            campaignId == null ? 0 : campaignId,
            name,
            defaultCountry,
            policy(duplicatePolicy),
            hasHeader == null || !hasHeader.trim().equalsIgnoreCase("false"),
            parseMapping(mapping));
    LeadImport job = imports.startUpload(request, file.uploadedFile(), file.fileName(), user());
    return accepted(job, uri);
  }

  /**
   * Uploads a file as the raw request body (e.g. {@code curl --data-binary @leads.csv}), with the
   * same fields as query parameters. Also what a non-multipart request to this path reaches.
   */
  @POST
  @Path("uploads")
  @Consumes(MediaType.WILDCARD)
  public Response uploadBody(
      InputStream body,
      @QueryParam("campaignId") Long campaignId,
      @QueryParam("name") String name,
      @QueryParam("defaultCountry") String defaultCountry,
      @QueryParam("duplicatePolicy") String duplicatePolicy,
      @QueryParam("hasHeader") String hasHeader,
      @QueryParam("mapping") String mapping,
      @QueryParam("fileName") String fileName,
      UriInfo uri)
      throws IOException {
    NewImport request =
        new NewImport(
            campaignId == null ? 0 : campaignId,
            name,
            defaultCountry,
            policy(duplicatePolicy),
            hasHeader == null || !hasHeader.trim().equalsIgnoreCase("false"),
            parseMapping(mapping));
    imports.validate(request);
    java.nio.file.Path received = Files.createTempFile("lead-upload-", ".body");
    try {
      Files.copy(body, received, StandardCopyOption.REPLACE_EXISTING);
      LeadImport job =
          imports.startUpload(
              request, received, fileName == null ? "request body" : fileName, user());
      return accepted(job, uri);
    } finally {
      Files.deleteIfExists(received);
    }
  }

  /** Imports a file from the server's import directory (for files too large to upload). */
  @POST
  @Path("path-imports")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response importFromPath(@Valid @NotNull PathImportRequest request, UriInfo uri) {
    NewImport spec =
        new NewImport(
            request.campaignId(),
            request.name(),
            request.defaultCountry(),
            request.duplicatePolicy() == null ? DuplicatePolicy.SKIP : request.duplicatePolicy(),
            request.hasHeader() == null || request.hasHeader(),
            request.mapping() == null ? null : request.mapping().toMapping());
    return accepted(imports.startFromPath(spec, request.path(), user()), uri);
  }

  private Response accepted(LeadImport job, UriInfo uri) {
    return Response.accepted(LeadImportView.of(job))
        .location(uri.getBaseUriBuilder().path("api/v1/lead-imports/" + job.id).build())
        .build();
  }

  private static DuplicatePolicy policy(String text) {
    if (text == null || text.isBlank()) {
      return DuplicatePolicy.SKIP;
    }
    try {
      return DuplicatePolicy.valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInputProblem.ofField("duplicatePolicy", "must be SKIP, KEEP_NEWEST or KEEP_ALL");
    }
  }

  private ColumnMapping parseMapping(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return json.readValue(text, MappingRequest.class).toMapping();
    } catch (JsonProcessingException e) {
      throw InvalidInputProblem.ofField("mapping", "is not a valid JSON column mapping");
    }
  }

  private String user() {
    return identity.getPrincipal().getName();
  }
}
