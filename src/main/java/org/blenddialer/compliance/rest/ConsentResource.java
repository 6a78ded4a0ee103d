package org.blenddialer.compliance.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.blenddialer.compliance.persistence.ConsentRecord;
import org.blenddialer.compliance.service.ConsentCommand;
import org.blenddialer.compliance.service.ConsentLedger;
import org.blenddialer.core.compliance.CallPurpose;
import org.blenddialer.core.compliance.ConsentBasis;
import org.blenddialer.core.compliance.ConsentEvent;
import org.blenddialer.users.Roles;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The consent ledger: show a number's grants and revocations, record new ones. */
@Path("/api/v1/compliance/consent")
@RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.ADMIN})
@Tag(name = "Compliance")
public class ConsentResource {

  private final ConsentLedger ledger;
  private final SecurityIdentity identity;

  ConsentResource(ConsentLedger ledger, SecurityIdentity identity) {
    this.ledger = ledger;
    this.identity = identity;
  }

  /** A consent grant with its evidence. */
  public record Grant(
      @NotBlank String number,
      @Size(max = 64) String personRef,
      @NotBlank @Size(max = 128) String company,
      CallPurpose purpose,
      @Size(max = 64) String campaignId,
      @NotNull ConsentBasis basis,
      @NotBlank @Size(max = 32) String channel,
      String evidenceText,
      @Size(max = 1000) String evidenceUrl,
      @Size(max = 64) String sourceIp,
      @Size(max = 128) String agent,
      Instant occurredAt,
      Instant expiresAt) {}

  /**
   * A revocation; without company, purpose or campaign it revokes everything. {@code
   * addToInternalDnc} (default true) also puts the number on the internal DNC list.
   */
  public record Revocation(
      @NotBlank String number,
      @Size(max = 64) String personRef,
      @Size(max = 128) String company,
      CallPurpose purpose,
      @Size(max = 64) String campaignId,
      @NotBlank @Size(max = 32) String channel,
      String evidenceText,
      @Size(max = 128) String agent,
      Instant occurredAt,
      Boolean addToInternalDnc) {}

  /** A ledger entry as the API shows it. */
  public record LedgerEntry(
      long id,
      ConsentEvent.Kind kind,
      String number,
      String personRef,
      String company,
      CallPurpose purpose,
      String campaignId,
      ConsentBasis basis,
      String channel,
      String evidenceText,
      String evidenceUrl,
      String sourceIp,
      String agent,
      Instant occurredAt,
      Instant expiresAt,
      Instant recordedAt,
      String recordedBy) {
    /** The view of a stored ledger entry. */
    public static LedgerEntry of(ConsentRecord r) {
      return new LedgerEntry(
          r.id,
          r.kind,
          r.e164,
          r.personRef,
          r.company,
          r.purpose,
          r.campaignId,
          r.basis,
          r.channel,
          r.evidenceText,
          r.evidenceUrl,
          r.sourceIp,
          r.agent,
          r.occurredAt,
          r.expiresAt,
          r.recordedAt,
          r.recordedBy);
    }
  }

  @GET
  public List<LedgerEntry> ledger(
      @QueryParam("number") String number, @QueryParam("person") String personRef) {
    return ledger.records(number, personRef).stream().map(LedgerEntry::of).toList();
  }

  @POST
  @Path("grants")
  public Response grant(@Valid @NotNull Grant g) {
    ConsentRecord r =
        ledger.grant(
            new ConsentCommand(
                g.number(),
                g.personRef(),
                g.company(),
                g.purpose(),
                g.campaignId(),
                g.basis(),
                g.channel(),
                g.evidenceText(),
                g.evidenceUrl(),
                g.sourceIp(),
                g.agent(),
                g.occurredAt(),
                g.expiresAt()),
            actor());
    return Response.status(201).entity(LedgerEntry.of(r)).build();
  }

  @POST
  @Path("revocations")
  public Response revoke(@Valid @NotNull Revocation v) {
    ConsentRecord r =
        ledger.revoke(
            new ConsentCommand(
                v.number(),
                v.personRef(),
                v.company(),
                v.purpose(),
                v.campaignId(),
                null,
                v.channel(),
                v.evidenceText(),
                null,
                null,
                v.agent(),
                v.occurredAt(),
                null),
            v.addToInternalDnc() == null || v.addToInternalDnc(),
            actor());
    return Response.status(201).entity(LedgerEntry.of(r)).build();
  }

  private String actor() {
    return identity.getPrincipal().getName();
  }
}
