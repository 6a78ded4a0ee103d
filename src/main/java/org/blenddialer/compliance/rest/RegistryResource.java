package org.blenddialer.compliance.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.blenddialer.compliance.persistence.RegistryImport;
import org.blenddialer.compliance.service.RegistryImports;
import org.blenddialer.platform.error.InvalidInputProblem;
import org.blenddialer.users.Roles;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** National DNC registries: their newest imports, and importing a new copy from a file. */
@Path("/api/v1/compliance/registries")
@RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.ADMIN})
@Tag(name = "Compliance")
public class RegistryResource {

  private final RegistryImports imports;
  private final SecurityIdentity identity;

  RegistryResource(RegistryImports imports, SecurityIdentity identity) {
    this.imports = imports;
    this.identity = identity;
  }

  /** One import of a registry. */
  public record ImportView(
      long id,
      String registry,
      Instant asOf,
      Instant importedAt,
      String importedBy,
      long numbers,
      long rejectedLines,
      String sha256) {
    static ImportView of(RegistryImport i) {
      return i == null
          ? null
          : new ImportView(
              i.id,
              i.registry,
              i.asOf,
              i.importedAt,
              i.importedBy,
              i.numberCount,
              i.rejectedLines,
              i.contentSha256);
    }
  }

  /** A registry, its calling code and its newest import (null if never imported). */
  public record RegistryView(String registry, String callingCode, ImportView latest) {}

  @GET
  public List<RegistryView> list() {
    return imports.status().stream()
        .map(s -> new RegistryView(s.registry(), s.callingCode(), ImportView.of(s.latest())))
        .toList();
  }

  /**
   * Imports a registry file sent as the request body (one number a line) that was current on {@code
   * asOf} (a date, or an ISO instant).
   */
  @POST
  @Path("{registry}/imports")
  @Consumes(MediaType.WILDCARD)
  public Response importFile(
      @PathParam("registry") String registry, @QueryParam("asOf") String asOf, InputStream file) {
    RegistryImport done =
        imports.importFile(registry, parse(asOf), file, identity.getPrincipal().getName());
    return Response.status(201).entity(ImportView.of(done)).build();
  }

  private static Instant parse(String asOf) {
    if (asOf == null || asOf.isBlank()) {
      return null;
    }
    try {
      return asOf.length() == 10
          ? LocalDate.parse(asOf).atStartOfDay(ZoneOffset.UTC).toInstant()
          : Instant.parse(asOf);
    } catch (DateTimeParseException e) {
      throw InvalidInputProblem.ofField("asOf", "a date (2026-11-01) or an ISO instant");
    }
  }
}
