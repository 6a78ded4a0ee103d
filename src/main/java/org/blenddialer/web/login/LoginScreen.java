package org.blenddialer.web.login;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.blenddialer.web.RoleHome;
import org.blenddialer.web.Screen;
import org.blenddialer.web.UiLanguage;
import org.blenddialer.web.UiResource;
import org.blenddialer.web.preferences.UiPreferenceService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Logging in and out, the landing redirect to each role's home, and the choice of language. The
 * login form posts to Quarkus form authentication, which checks the same user table, bcrypt hashes
 * and failed-login throttling as the API's HTTP Basic.
 */
@Path("/ui")
@Produces(MediaType.TEXT_HTML)
public class LoginScreen extends UiResource {

  private final Screen screen;
  private final Template login;
  private final Template noRole;
  private final UiPreferenceService preferences;
  private final SecurityIdentity identity;
  private final String sessionCookie;

  LoginScreen(
      Screen screen,
      @Location("login/login.html") Template login,
      @Location("login/no-role.html") Template noRole,
      UiPreferenceService preferences,
      SecurityIdentity identity,
      @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String sessionCookie) {
    this.sessionCookie = sessionCookie;
    this.screen = screen;
    this.login = login;
    this.noRole = noRole;
    this.preferences = preferences;
    this.identity = identity;
  }

  @GET
  @Authenticated
  public Response landing() {
    return seeOther(RoleHome.landingFor(screen.me().roles()));
  }

  @GET
  @Path("login")
  @PermitAll
  public Response loginForm(@QueryParam("failed") String failed) {
    if (screen.loggedIn() && failed == null) {
      return seeOther(RoleHome.landingFor(screen.me().roles()));
    }
    return Response.ok(
            screen
                .page(login, "")
                .data("failed", failed != null)
                .data("throttled", "throttled".equals(failed))
                .data("expired", false)
                .render())
        .build();
  }

  @GET
  @Path("no-role")
  @Authenticated
  public String noRole() {
    return screen.page(noRole, "").render();
  }

  @POST
  @Path("logout")
  @Authenticated
  public Response logout() {
    // The session lives only in its encrypted cookie: expiring the cookie ends it.
    NewCookie expired =
        new NewCookie.Builder(sessionCookie)
            .value("")
            .path("/")
            .maxAge(0)
            .sameSite(NewCookie.SameSite.STRICT)
            .httpOnly(true)
            .build();
    return Response.seeOther(URI.create("/ui/login")).cookie(expired).build();
  }

  /** Chosen from the layout's language menu; htmx reloads the page, a plain form is redirected. */
  @POST
  @Path("language")
  @PermitAll
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response chooseLanguage(
      @FormParam("lang") String tag,
      @HeaderParam("HX-Request") String htmx,
      @HeaderParam("Referer") String referer) {
    UiLanguage language = UiLanguage.ofTag(tag).orElse(null);
    if (language == null) {
      return Response.status(Response.Status.BAD_REQUEST).entity("Unknown language").build();
    }
    if (screen.loggedIn()) {
      preferences.chooseLanguage(identity.getPrincipal().getName(), language);
    }
    NewCookie cookie =
        new NewCookie.Builder(Screen.LANGUAGE_COOKIE)
            .value(language.tag())
            .path("/")
            .maxAge(365 * 24 * 3600)
            .sameSite(NewCookie.SameSite.STRICT)
            .httpOnly(true)
            .build();
    if (htmx != null) {
      return Response.noContent().cookie(cookie).header("HX-Refresh", "true").build();
    }
    return Response.seeOther(URI.create(sameSitePath(referer))).cookie(cookie).build();
  }

  /** Only a path on this site is followed back, never another host named in the Referer. */
  private static String sameSitePath(String referer) {
    if (referer == null) {
      return "/ui";
    }
    try {
      URI uri = URI.create(referer);
      String path = uri.getRawPath();
      return path != null && path.startsWith("/ui") ? path : "/ui";
    } catch (IllegalArgumentException e) {
      return "/ui";
    }
  }
}
