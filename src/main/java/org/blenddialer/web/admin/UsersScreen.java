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
import org.blenddialer.platform.error.ConflictProblem;
import org.blenddialer.users.Role;
import org.blenddialer.users.Roles;
import org.blenddialer.users.rest.NewUser;
import org.blenddialer.users.rest.RolesChange;
import org.blenddialer.users.rest.UserView;
import org.blenddialer.users.service.UserService;
import org.blenddialer.web.FormState;
import org.blenddialer.web.Screen;
import org.blenddialer.web.UiResource;

/** Users and their roles: list, create, grant roles, disable and enable. */
@Path("/ui/admin/users")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class UsersScreen extends UiResource {

  private static final String SECTION = "/ui/admin";

  private final Screen screen;
  private final UserService users;
  private final Validator validator;
  private final Template list;
  private final Template form;

  UsersScreen(
      Screen screen,
      UserService users,
      Validator validator,
      @Location("admin/users.html") Template list,
      @Location("admin/user-form.html") Template form) {
    this.screen = screen;
    this.users = users;
    this.validator = validator;
    this.list = list;
    this.form = form;
  }

  @GET
  public String list(@QueryParam("saved") String saved) {
    return listPage(saved, null);
  }

  @GET
  @Path("new")
  public String newUser() {
    return formPage(FormState.empty(), null);
  }

  @POST
  public Response create(MultivaluedMap<String, String> body) {
    FormState input = new FormState(body);
    NewUser user =
        new NewUser(
            input.trimmed("username"),
            input.trimmed("displayName"),
            input.value("password"),
            input.choices("roles", Role.class, screen));
    boolean done =
        submit(
            input,
            validator,
            screen,
            user,
            u -> users.create(u.username(), u.displayName(), u.password(), u.roles()));
    return done ? saved("/ui/admin/users", user.username()) : invalid(formPage(input, null));
  }

  @GET
  @Path("{id}")
  public String edit(@PathParam("id") long id) {
    UserView user = UserView.of(users.get(id));
    FormState state = FormState.empty();
    user.roles().forEach(r -> state.add("roles", r));
    return formPage(state, user);
  }

  @POST
  @Path("{id}/roles")
  public Response setRoles(@PathParam("id") long id, MultivaluedMap<String, String> body) {
    UserView user = UserView.of(users.get(id));
    FormState input = new FormState(body);
    RolesChange change = new RolesChange(input.choices("roles", Role.class, screen));
    boolean done =
        submit(
            input,
            validator,
            screen,
            change,
            c -> users.setRoles(id, c.roles(), screen.me().username()));
    return done ? saved("/ui/admin/users", user.username()) : invalid(formPage(input, user));
  }

  @POST
  @Path("{id}/disable")
  public Response disable(@PathParam("id") long id) {
    return setEnabled(id, false);
  }

  @POST
  @Path("{id}/enable")
  public Response enable(@PathParam("id") long id) {
    return setEnabled(id, true);
  }

  private Response setEnabled(long id, boolean enabled) {
    try {
      UserView user = UserView.of(users.setEnabled(id, enabled, screen.me().username()));
      return saved("/ui/admin/users", user.username());
    } catch (ConflictProblem refused) {
      return Response.status(Response.Status.CONFLICT)
          .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
          .entity(listPage(null, screen.serviceText(refused.getMessage())))
          .build();
    }
  }

  private String listPage(String saved, String refusal) {
    List<UserView> all = users.list().stream().map(UserView::of).toList();
    return screen
        .page(list, SECTION)
        .data("users", all)
        .data("saved", saved)
        .data("refusal", refusal)
        .render();
  }

  private String formPage(FormState state, UserView user) {
    return screen
        .page(form, SECTION)
        .data("form", state)
        .data("user", user)
        .data("roles", List.of(Role.values()))
        .render();
  }
}
