package org.blenddialer.web.compliance;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.blenddialer.compliance.rest.ConsentResource.LedgerEntry;
import org.blenddialer.compliance.service.ConsentLedger;
import org.blenddialer.platform.error.InvalidInputProblem;
import org.blenddialer.users.Roles;
import org.blenddialer.web.FormState;
import org.blenddialer.web.Screen;
import org.blenddialer.web.UiResource;

/** The consent ledger of a number: every grant and revocation, with its evidence. */
@Path("/ui/compliance/consent")
@RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class ConsentScreen extends UiResource {

  private final Screen screen;
  private final ConsentLedger ledger;
  private final Template page;

  ConsentScreen(
      Screen screen, ConsentLedger ledger, @Location("compliance/consent.html") Template page) {
    this.screen = screen;
    this.ledger = ledger;
    this.page = page;
  }

  @GET
  public String show(@QueryParam("number") String number, @QueryParam("person") String person) {
    FormState search =
        FormState.empty()
            .put("number", number == null ? "" : number)
            .put("person", person == null ? "" : person);
    List<LedgerEntry> entries = List.of();
    boolean searched = search.trimmed("number") != null || search.trimmed("person") != null;
    if (searched) {
      try {
        entries =
            ledger.records(search.trimmed("number"), search.trimmed("person")).stream()
                .map(LedgerEntry::of)
                .toList();
      } catch (InvalidInputProblem e) {
        search.reject(screen.serviceErrors(e.fieldErrors()));
        searched = false;
      }
    }
    return screen
        .page(page, DialCheckScreen.SECTION)
        .data("search", search)
        .data("searched", searched)
        .data("entries", entries)
        .render();
  }

  /** Opens the API's ledger entry to templates. */
  @TemplateData(target = LedgerEntry.class)
  static final class Views {
    private Views() {}
  }
}
