package org.blenddialer.compliance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.blenddialer.compliance.service.PolicyPackCatalogue;
import org.blenddialer.core.compliance.PolicyPack;
import org.blenddialer.platform.error.NotFoundProblem;
import org.blenddialer.users.Roles;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The policy packs in force and their stored versions. */
@Path("/api/v1/compliance/packs")
@RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.ADMIN, Roles.CAMPAIGN_MANAGER})
@Tag(name = "Compliance")
public class PolicyPackResource {

  private final PolicyPackCatalogue catalogue;

  PolicyPackResource(PolicyPackCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** A pack in the list: id, version, title, where it applies. */
  public record PackSummary(
      String id,
      int version,
      String title,
      List<String> countries,
      List<String> regions,
      List<String> includes) {}

  /** The packs in force and the ones refused. */
  public record Packs(List<PackSummary> packs, Map<String, String> refused) {}

  /** One stored version of a pack. */
  public record PackVersion(int version, String contentSha256, Instant loadedAt) {}

  /** A pack with its rules and stored versions. */
  public record PackDetail(PolicyPack pack, List<PackVersion> versions) {}

  @GET
  public Packs list() {
    return new Packs(
        catalogue.packs().values().stream()
            .map(
                p ->
                    new PackSummary(
                        p.id(), p.version(), p.title(), p.countries(), p.regions(), p.includes()))
            .toList(),
        catalogue.problems());
  }

  @GET
  @Path("{id}")
  public PackDetail get(@PathParam("id") String id) {
    PolicyPack pack = catalogue.packs().get(id);
    if (pack == null) {
      throw new NotFoundProblem("Policy pack", id);
    }
    return new PackDetail(
        pack,
        catalogue.history(id).stream()
            .map(v -> new PackVersion(v.version, v.contentSha256, v.loadedAt))
            .toList());
  }
}
