package org.blenddialer.web;

import io.quarkus.arc.Arc;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.blenddialer.platform.error.DomainException;
import org.blenddialer.platform.rest.ProblemMappers;
import org.blenddialer.users.security.LoginThrottledException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Failures under {@code /ui} become pages: the login form for a visitor who is not logged in (still
 * a 401, so clients see the truth), a page for a forbidden or missing thing. Everywhere else the
 * API's problem+json mapping answers, unchanged.
 */
public class UiFailures {

  private final ProblemMappers api = new ProblemMappers();

  @ServerExceptionMapper(priority = Priorities.USER - 100)
  public Response unauthorized(UnauthorizedException e, UriInfo uri) {
    return isUi(uri) ? pages().loginRequired(screen()) : api.unauthorized(e, uri);
  }

  /**
   * A failed form login goes back to the login form (saying whether the login was throttled); a
   * browser session whose user was disabled meanwhile gets the login form again.
   */
  @ServerExceptionMapper(priority = Priorities.USER - 100)
  public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
    String path = "/" + uri.getPath().replaceFirst("^/", "");
    if (path.endsWith("/j_security_check")) {
      boolean throttled = LoginThrottledException.retryAfterSeconds(e).isPresent();
      return Response.seeOther(URI.create("/ui/login?failed=" + (throttled ? "throttled" : "true")))
          .build();
    }
    return isUi(uri) ? pages().loginRequired(screen()) : api.authenticationFailed(e, uri);
  }

  @ServerExceptionMapper(priority = Priorities.USER - 100)
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    if (!isUi(uri)) {
      return api.forbidden(e, uri);
    }
    Screen screen = screen();
    return pages().problem(screen, 403, "error.forbidden", screen.text("error.forbiddenDetail"));
  }

  @ServerExceptionMapper(priority = Priorities.USER - 100)
  public Response domain(DomainException e, UriInfo uri) {
    if (!isUi(uri)) {
      return api.domain(e, uri);
    }
    String title = e.status() == 404 ? "error.notFound" : "error.conflict";
    Screen screen = screen();
    return pages().problem(screen, e.status(), title, screen.serviceText(e.getMessage()));
  }

  private static boolean isUi(UriInfo uri) {
    String path = "/" + uri.getPath().replaceFirst("^/", "");
    return path.equals("/ui") || path.startsWith("/ui/");
  }

  private static UiErrorPages pages() {
    return Arc.container().instance(UiErrorPages.class).get();
  }

  private static Screen screen() {
    Screen screen = Arc.container().instance(Screen.class).get();
    // Security checks fail on the I/O thread, where the database must not be read.
    return io.vertx.core.Context.isOnEventLoopThread() ? screen.offline() : screen;
  }
}
