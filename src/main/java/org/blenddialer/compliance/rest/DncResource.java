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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.blenddialer.compliance.persistence.DncEntry;
import org.blenddialer.compliance.persistence.DncList;
import org.blenddialer.compliance.persistence.DncRemoval;
import org.blenddialer.compliance.service.DncService;
import org.blenddialer.users.Roles;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The internal and campaign DNC lists: list them, create a campaign's list, add and remove numbers.
 */
@Path("/api/v1/compliance/dnc/lists")
@RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.ADMIN})
@Tag(name = "Compliance")
public class DncResource {

  private final DncService dnc;
  private final SecurityIdentity identity;

  DncResource(DncService dnc, SecurityIdentity identity) {
    this.dnc = dnc;
    this.identity = identity;
  }

  /** A DNC list as the API shows it. */
  public record DncListView(
      String code,
      String kind,
      String campaignId,
      String title,
      Instant createdAt,
      String createdBy) {
    static DncListView of(DncList l) {
      return new DncListView(
          l.code, l.kind.name(), l.campaignId, l.title, l.createdAt, l.createdBy);
    }
  }

  /** A DNC entry as the API shows it. */
  public record DncEntryView(
      long id, String number, String channel, String note, Instant addedAt, String addedBy) {
    static DncEntryView of(DncEntry e) {
      return new DncEntryView(e.id, e.e164, e.channel, e.note, e.addedAt, e.addedBy);
    }
  }

  /** A new campaign list. */
  public record NewCampaignList(@NotBlank @Size(max = 64) String campaignId, String title) {}

  /** A number to add: channel says how the request came (agent, key-press, api, ...). */
  public record NewEntry(
      @NotBlank String number, @Size(max = 32) String channel, @Size(max = 500) String note) {}

  /** A number taken off a list. */
  public record DncRemovalView(
      long id,
      String number,
      String channel,
      Instant addedAt,
      String addedBy,
      Instant removedAt,
      String removedBy,
      String reason) {
    static DncRemovalView of(DncRemoval r) {
      return new DncRemovalView(
          r.id, r.e164, r.channel, r.addedAt, r.addedBy, r.removedAt, r.removedBy, r.reason);
    }
  }

  /** A number to take off a list, and why (the reason goes into the audit trail). */
  public record RemovalRequest(@NotBlank String number, @NotBlank @Size(max = 500) String reason) {}

  @GET
  public List<DncListView> lists() {
    return dnc.lists().stream().map(DncListView::of).toList();
  }

  @POST
  public Response createCampaignList(@Valid @NotNull NewCampaignList request) {
    DncList list = dnc.createCampaignList(request.campaignId(), request.title(), actor());
    return Response.status(201).entity(DncListView.of(list)).build();
  }

  @GET
  @Path("{code}/entries")
  public List<DncEntryView> entries(
      @PathParam("code") String code,
      @QueryParam("number") String number,
      @QueryParam("limit") int limit) {
    return dnc.entries(code, number, limit).stream().map(DncEntryView::of).toList();
  }

  @POST
  @Path("{code}/entries")
  public Response add(@PathParam("code") String code, @Valid @NotNull NewEntry request) {
    DncEntry entry = dnc.add(code, request.number(), request.channel(), request.note(), actor());
    return Response.status(201).entity(DncEntryView.of(entry)).build();
  }

  @GET
  @Path("{code}/removals")
  public List<DncRemovalView> removals(
      @PathParam("code") String code,
      @QueryParam("number") String number,
      @QueryParam("limit") int limit) {
    return dnc.removals(code, number, limit).stream().map(DncRemovalView::of).toList();
  }

  /** Takes a number off the list; it may be dialed again from the next decision on. */
  @POST
  @Path("{code}/removals")
  public Response remove(@PathParam("code") String code, @Valid @NotNull RemovalRequest request) {
    DncRemoval removal = dnc.remove(code, request.number(), request.reason(), actor());
    return Response.status(201).entity(DncRemovalView.of(removal)).build();
  }

  private String actor() {
    return identity.getPrincipal().getName();
  }
}
