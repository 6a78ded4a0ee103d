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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.blenddialer.acd.rest.QueueView;
import org.blenddialer.acd.service.QueueService;
import org.blenddialer.agents.rest.AgentDefinition;
import org.blenddialer.agents.rest.AgentView;
import org.blenddialer.agents.service.AgentService;
import org.blenddialer.core.agent.AgentMode;
import org.blenddialer.users.Role;
import org.blenddialer.users.Roles;
import org.blenddialer.users.rest.UserView;
import org.blenddialer.users.service.UserService;
import org.blenddialer.web.FormState;
import org.blenddialer.web.Screen;
import org.blenddialer.web.UiResource;

/** Agents: who takes calls on which phone, in which modes, serving which queues. */
@Path("/ui/admin/agents")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class AgentsScreen extends UiResource {

  private static final Pattern SKILL_FIELD = Pattern.compile("skills\\[(\\d+)]\\..*");

  private final Screen screen;
  private final AgentService agents;
  private final QueueService queues;
  private final UserService users;
  private final Validator validator;
  private final Template list;
  private final Template form;

  AgentsScreen(
      Screen screen,
      AgentService agents,
      QueueService queues,
      UserService users,
      Validator validator,
      @Location("admin/agents.html") Template list,
      @Location("admin/agent-form.html") Template form) {
    this.screen = screen;
    this.agents = agents;
    this.queues = queues;
    this.users = users;
    this.validator = validator;
    this.list = list;
    this.form = form;
  }

  @GET
  public String list(@QueryParam("saved") String saved) {
    Map<Long, String> queueNames = queueNames();
    return screen
        .page(list, "/ui/admin")
        .data("agents", agents.list().stream().map(AgentView::of).toList())
        .data("queueNames", queueNames)
        .data("saved", saved)
        .render();
  }

  @GET
  @Path("new")
  public String newAgent() {
    return formPage(FormState.empty().add("allowedModes", AgentMode.BLENDED), null);
  }

  @POST
  public Response create(MultivaluedMap<String, String> body) {
    FormState input = new FormState(body);
    AgentDefinition definition = definition(input);
    return submit(input, validator, screen, definition, agents::create)
        ? saved("/ui/admin/agents", definition.displayName())
        : invalid(formPage(input, null));
  }

  @GET
  @Path("{id}")
  public String edit(@PathParam("id") long id) {
    AgentView a = AgentView.of(agents.get(id));
    FormState state =
        FormState.empty()
            .put("userId", a.userId())
            .put("displayName", a.displayName())
            .put("device", a.device());
    a.allowedModes().forEach(m -> state.add("allowedModes", m));
    for (AgentDefinition.Skill skill : a.skills()) {
      state.add("skill", skill.queueId()).put("penalty-" + skill.queueId(), skill.penalty());
    }
    return formPage(state, a);
  }

  @POST
  @Path("{id}")
  public Response update(@PathParam("id") long id, MultivaluedMap<String, String> body) {
    AgentView existing = AgentView.of(agents.get(id));
    FormState input = new FormState(body);
    AgentDefinition definition = definition(input);
    return submit(input, validator, screen, definition, d -> agents.update(id, d))
        ? saved("/ui/admin/agents", definition.displayName())
        : invalid(formPage(input, existing));
  }

  @POST
  @Path("{id}/deactivate")
  public Response deactivate(@PathParam("id") long id) {
    return saved("/ui/admin/agents", agents.setActive(id, false).displayName);
  }

  @POST
  @Path("{id}/activate")
  public Response activate(@PathParam("id") long id) {
    return saved("/ui/admin/agents", agents.setActive(id, true).displayName);
  }

  /** Each checked queue becomes a skill; errors about skill i are shown at that queue's row. */
  private AgentDefinition definition(FormState input) {
    List<AgentDefinition.Skill> skills = new ArrayList<>();
    List<String> skillQueues = new ArrayList<>();
    for (String queueId : input.values("skill")) {
      Integer penalty = input.integer("penalty-" + queueId, 0, screen);
      try {
        skills.add(new AgentDefinition.Skill(Long.valueOf(queueId), penalty));
        skillQueues.add(queueId);
      } catch (NumberFormatException e) {
        input.reject("skills", screen.text("validation.choice"));
      }
    }
    input.renameFields(
        field -> {
          Matcher m = SKILL_FIELD.matcher(field);
          return m.matches() && Integer.parseInt(m.group(1)) < skillQueues.size()
              ? "penalty-" + skillQueues.get(Integer.parseInt(m.group(1)))
              : field;
        });
    return new AgentDefinition(
        input.id("userId", screen),
        input.trimmed("displayName"),
        input.trimmed("device"),
        input.choices("allowedModes", AgentMode.class, screen),
        skills);
  }

  private Map<Long, String> queueNames() {
    return queues.list().stream().collect(Collectors.toMap(q -> q.id, q -> q.name));
  }

  private String formPage(FormState state, AgentView agent) {
    Set<Long> taken = agents.list().stream().map(a -> a.user.id).collect(Collectors.toSet());
    List<UserView> candidates =
        users.list().stream()
            .filter(u -> u.roles.contains(Role.AGENT))
            .filter(u -> !taken.contains(u.id) || (agent != null && agent.userId() == u.id))
            .map(UserView::of)
            .toList();
    List<QueueView> allQueues = queues.list().stream().map(QueueView::of).toList();
    return screen
        .page(form, "/ui/admin")
        .data("form", state)
        .data("agent", agent)
        .data("candidates", candidates)
        .data("queues", allQueues)
        .data("modes", List.of(AgentMode.values()))
        .render();
  }
}
