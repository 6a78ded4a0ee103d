package org.blenddialer.journey.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.InstantSource;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.blenddialer.journey.service.MenuPaths;
import org.blenddialer.platform.error.InvalidInputProblem;
import org.blenddialer.users.Roles;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Callers' paths through the voice menus. */
@Path("/api/v1/ivr/paths")
@Tag(name = "Voice menus")
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class MenuPathResource {

  private final MenuPaths paths;
  private final InstantSource clock;

  MenuPathResource(MenuPaths paths, InstantSource clock) {
    this.paths = paths;
    this.clock = clock;
  }

  /** Paths over [from, to) (today so far by default), newest first; or one call's by callId. */
  @GET
  public List<MenuPaths.PathView> paths(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("callId") String callId,
      @QueryParam("limit") Integer limit) {
    int n = limit == null ? 200 : limit;
    if (n < 1 || n > 5000) {
      throw InvalidInputProblem.ofField("limit", "1 to 5000");
    }
    return paths.paths(from(from), to(to), callId, n);
  }

  private Instant from(String text) {
    return text == null || text.isBlank()
        ? clock.instant().truncatedTo(ChronoUnit.DAYS)
        : parse("from", text);
  }

  private Instant to(String text) {
    return text == null || text.isBlank() ? clock.instant().plusMillis(1) : parse("to", text);
  }

  private static Instant parse(String field, String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw InvalidInputProblem.ofField(field, "an ISO instant like 2026-11-23T08:00:00Z");
    }
  }
}
