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
import org.blenddialer.acd.rest.PauseReasonDefinition;
import org.blenddialer.acd.rest.PauseReasonView;
import org.blenddialer.acd.service.PauseReasonService;
import org.blenddialer.users.Roles;
import org.blenddialer.web.FormState;
import org.blenddialer.web.Screen;
import org.blenddialer.web.UiResource;

/** Pause reasons agents choose from: list, define, edit. */
@Path("/ui/admin/pause-reasons")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class PauseReasonsScreen extends UiResource {

  private final Screen screen;
  private final PauseReasonService reasons;
  private final Validator validator;
  private final Template list;
  private final Template form;

  PauseReasonsScreen(
      Screen screen,
      PauseReasonService reasons,
      Validator validator,
      @Location("admin/pause-reasons.html") Template list,
      @Location("admin/pause-reason-form.html") Template form) {
    this.screen = screen;
    this.reasons = reasons;
    this.validator = validator;
    this.list = list;
    this.form = form;
  }

  @GET
  public String list(@QueryParam("saved") String saved) {
    return screen
        .page(list, "/ui/admin")
        .data("reasons", reasons.list().stream().map(PauseReasonView::of).toList())
        .data("saved", saved)
        .render();
  }

  @GET
  @Path("new")
  public String newReason() {
    return formPage(FormState.empty().put("active", "on"), null);
  }

  @POST
  public Response create(MultivaluedMap<String, String> body) {
    FormState input = new FormState(body);
    PauseReasonDefinition definition = definition(input);
    return submit(input, validator, screen, definition, reasons::create)
        ? saved("/ui/admin/pause-reasons", definition.code())
        : invalid(formPage(input, null));
  }

  @GET
  @Path("{id}")
  public String edit(@PathParam("id") long id) {
    PauseReasonView r = PauseReasonView.of(reasons.get(id));
    FormState state =
        FormState.empty()
            .put("code", r.code())
            .put("label", r.label())
            .put("maxMinutes", r.maxMinutes());
    if (r.paid()) {
      state.put("paid", "on");
    }
    if (r.active()) {
      state.put("active", "on");
    }
    return formPage(state, r);
  }

  @POST
  @Path("{id}")
  public Response update(@PathParam("id") long id, MultivaluedMap<String, String> body) {
    PauseReasonView existing = PauseReasonView.of(reasons.get(id));
    FormState input = new FormState(body);
    PauseReasonDefinition definition = definition(input);
    return submit(input, validator, screen, definition, d -> reasons.update(id, d))
        ? saved("/ui/admin/pause-reasons", definition.code())
        : invalid(formPage(input, existing));
  }

  private PauseReasonDefinition definition(FormState input) {
    return new PauseReasonDefinition(
        input.trimmed("code"),
        input.trimmed("label"),
        input.flag("paid"),
        input.integer("maxMinutes", null, screen),
        input.flag("active"));
  }

  private String formPage(FormState state, PauseReasonView reason) {
    return screen.page(form, "/ui/admin").data("form", state).data("reason", reason).render();
  }
}
