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
import org.blenddialer.acd.QueueStrategy;
import org.blenddialer.acd.rest.QueueDefinition;
import org.blenddialer.acd.rest.QueueView;
import org.blenddialer.acd.service.QueueService;
import org.blenddialer.users.Roles;
import org.blenddialer.web.FormState;
import org.blenddialer.web.Screen;
import org.blenddialer.web.UiResource;

/** Inbound queues: list, define, edit, take out of service and back. */
@Path("/ui/admin/queues")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class QueuesScreen extends UiResource {

  private final Screen screen;
  private final QueueService queues;
  private final Validator validator;
  private final Template list;
  private final Template form;

  QueuesScreen(
      Screen screen,
      QueueService queues,
      Validator validator,
      @Location("admin/queues.html") Template list,
      @Location("admin/queue-form.html") Template form) {
    this.screen = screen;
    this.queues = queues;
    this.validator = validator;
    this.list = list;
    this.form = form;
  }

  @GET
  public String list(@QueryParam("saved") String saved) {
    List<QueueView> all = queues.list().stream().map(QueueView::of).toList();
    return screen.page(list, "/ui/admin").data("queues", all).data("saved", saved).render();
  }

  @GET
  @Path("new")
  public String newQueue() {
    FormState defaults =
        FormState.empty()
            .put("strategy", QueueStrategy.RRMEMORY)
            .put("serviceLevelPercent", 80)
            .put("serviceLevelSeconds", 20)
            .put("wrapUpSeconds", 10)
            .put("ringTimeoutSeconds", 15);
    return formPage(defaults, null);
  }

  @POST
  public Response create(MultivaluedMap<String, String> body) {
    FormState input = new FormState(body);
    QueueDefinition definition = definition(input);
    return submit(input, validator, screen, definition, queues::create)
        ? saved("/ui/admin/queues", definition.name())
        : invalid(formPage(input, null));
  }

  @GET
  @Path("{id}")
  public String edit(@PathParam("id") long id) {
    QueueView q = QueueView.of(queues.get(id));
    FormState state =
        FormState.empty()
            .put("name", q.name())
            .put("asteriskQueue", q.asteriskQueue())
            .put("strategy", q.strategy())
            .put("serviceLevelPercent", q.serviceLevelPercent())
            .put("serviceLevelSeconds", q.serviceLevelSeconds())
            .put("wrapUpSeconds", q.wrapUpSeconds())
            .put("ringTimeoutSeconds", q.ringTimeoutSeconds());
    if (q.recording()) {
      state.put("recording", "on");
    }
    return formPage(state, q);
  }

  @POST
  @Path("{id}")
  public Response update(@PathParam("id") long id, MultivaluedMap<String, String> body) {
    QueueView existing = QueueView.of(queues.get(id));
    FormState input = new FormState(body);
    QueueDefinition definition = definition(input);
    return submit(input, validator, screen, definition, d -> queues.update(id, d))
        ? saved("/ui/admin/queues", definition.name())
        : invalid(formPage(input, existing));
  }

  @POST
  @Path("{id}/deactivate")
  public Response deactivate(@PathParam("id") long id) {
    return saved("/ui/admin/queues", queues.setActive(id, false).name);
  }

  @POST
  @Path("{id}/activate")
  public Response activate(@PathParam("id") long id) {
    return saved("/ui/admin/queues", queues.setActive(id, true).name);
  }

  private QueueDefinition definition(FormState input) {
    return new QueueDefinition(
        input.trimmed("name"),
        input.trimmed("asteriskQueue"),
        input.choice("strategy", QueueStrategy.class, screen),
        input.integer("serviceLevelPercent", 0, screen),
        input.integer("serviceLevelSeconds", 0, screen),
        input.integer("wrapUpSeconds", -1, screen),
        input.integer("ringTimeoutSeconds", 0, screen),
        input.flag("recording"));
  }

  private String formPage(FormState state, QueueView queue) {
    return screen
        .page(form, "/ui/admin")
        .data("form", state)
        .data("queue", queue)
        .data("strategies", List.of(QueueStrategy.values()))
        .render();
  }
}
