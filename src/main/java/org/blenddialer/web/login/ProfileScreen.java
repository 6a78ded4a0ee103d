package org.blenddialer.web.login;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.blenddialer.users.rest.PasswordChange;
import org.blenddialer.users.service.UserService;
import org.blenddialer.web.FormState;
import org.blenddialer.web.Screen;
import org.blenddialer.web.UiResource;

/** Every user's own profile: who they are, and changing their own password. */
@Path("/ui/profile")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ProfileScreen extends UiResource {

  private final Screen screen;
  private final UserService users;
  private final Validator validator;
  private final Template profile;

  ProfileScreen(
      Screen screen,
      UserService users,
      Validator validator,
      @Location("login/profile.html") Template profile) {
    this.screen = screen;
    this.users = users;
    this.validator = validator;
    this.profile = profile;
  }

  @GET
  public String show(@QueryParam("saved") String saved) {
    return page(FormState.empty(), saved != null);
  }

  @POST
  @Path("password")
  public Response changePassword(MultivaluedMap<String, String> body) {
    FormState input = new FormState(body);
    PasswordChange change =
        new PasswordChange(input.value("currentPassword"), input.value("newPassword"));
    boolean done =
        submit(
            input,
            validator,
            screen,
            change,
            c ->
                users.changeOwnPassword(
                    screen.me().username(), c.currentPassword(), c.newPassword()));
    return done ? seeOther("/ui/profile?saved=password") : invalid(page(input, false));
  }

  private String page(FormState form, boolean saved) {
    // Passwords are never sent back to the browser, not even after a refusal.
    form.put("currentPassword", "").put("newPassword", "");
    return screen.page(profile, "").data("form", form).data("saved", saved).render();
  }
}
