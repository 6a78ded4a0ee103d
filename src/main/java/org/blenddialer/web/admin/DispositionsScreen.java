package org.blenddialer.web.admin;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.blenddialer.campaigns.rest.DispositionDefinition;
import org.blenddialer.campaigns.rest.DispositionView;
import org.blenddialer.campaigns.service.DispositionService;
import org.blenddialer.core.campaign.DispositionMeaning;
import org.blenddialer.platform.error.NotFoundProblem;
import org.blenddialer.users.Roles;
import org.blenddialer.web.FormState;
import org.blenddialer.web.Screen;
import org.blenddialer.web.UiResource;

/** Dispositions agents set at the end of a call: list, define, edit. */
@Path("/ui/admin/dispositions")
@RolesAllowed({Roles.ADMIN, Roles.CAMPAIGN_MANAGER})
@Produces(MediaType.TEXT_HTML)
public class DispositionsScreen extends UiResource {

  private final Screen screen;
  private final DispositionService dispositions;
  private final Validator validator;
  private final Template list;
  private final Template form;

  DispositionsScreen(
      Screen screen,
      DispositionService dispositions,
      Validator validator,
      @Location("admin/dispositions.html") Template list,
      @Location("admin/disposition-form.html") Template form) {
    this.screen = screen;
    this.dispositions = dispositions;
    this.validator = validator;
    this.list = list;
    this.form = form;
  }

  @GET
  public String list(@QueryParam("saved") String saved) {
    return screen.page(list, "/ui/admin").data("dispositions", all()).data("saved", saved).render();
  }

  @GET
  @Path("new")
  public String newDisposition() {
    return formPage(FormState.empty().put("active", "on"), null);
  }

  @POST
  public Response create(MultivaluedMap<String, String> body) {
    FormState input = new FormState(body);
    DispositionDefinition definition = definition(input);
    return submit(input, validator, screen, definition, dispositions::create)
        ? saved("/ui/admin/dispositions", definition.code())
        : invalid(formPage(input, null));
  }

  @GET
  @Path("{id}")
  public String edit(@PathParam("id") long id) {
    DispositionView d = find(id);
    FormState state =
        FormState.empty().put("code", d.code()).put("label", d.label()).put("meaning", d.meaning());
    if (d.active()) {
      state.put("active", "on");
    }
    return formPage(state, d);
  }

  @POST
  @Path("{id}")
  public Response update(@PathParam("id") long id, MultivaluedMap<String, String> body) {
    DispositionView existing = find(id);
    FormState input = new FormState(body);
    DispositionDefinition definition = definition(input);
    return submit(input, validator, screen, definition, d -> dispositions.update(id, d))
        ? saved("/ui/admin/dispositions", definition.code())
        : invalid(formPage(input, existing));
  }

  private List<DispositionView> all() {
    return dispositions.list().stream().map(DispositionView::of).toList();
  }

  private DispositionView find(long id) {
    return all().stream()
        .filter(d -> d.id() == id)
        .findFirst()
        .orElseThrow(() -> new NotFoundProblem("Disposition", id));
  }

  private DispositionDefinition definition(FormState input) {
    return new DispositionDefinition(
        input.trimmed("code"),
        input.trimmed("label"),
        input.choice("meaning", DispositionMeaning.class, screen),
        input.flag("active"));
  }

  private String formPage(FormState state, DispositionView disposition) {
    return screen
        .page(form, "/ui/admin")
        .data("form", state)
        .data("disposition", disposition)
        .data("meanings", List.of(DispositionMeaning.values()))
        .render();
  }
}
