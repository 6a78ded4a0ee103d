package org.blenddialer.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Failures as pages: the login form for a visitor who is not logged in (still a 401, so clients and
 * tests see the truth), a plain page for a forbidden or missing thing.
 */
@ApplicationScoped
@io.quarkus.arc.Unremovable
public class UiErrorPages {

  private final Template login;
  private final Template problem;

  UiErrorPages(
      @Location("login/login.html") Template login, @Location("problem.html") Template problem) {
    this.login = login;
    this.problem = problem;
  }

  /** The login form, answered with 401 to a request that needs a login. */
  public Response loginRequired(Screen screen) {
    return Response.status(Response.Status.UNAUTHORIZED)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(
            screen
                .page(login, "")
                .data("failed", false)
                .data("throttled", false)
                .data("expired", true)
                .render())
        .build();
  }

  /** A page that explains the failure, with its HTTP status. */
  public Response problem(Screen screen, int status, String titleKey, String detail) {
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(
            screen
                .page(problem, "")
                .data("status", status)
                .data("title", screen.text(titleKey))
                .data("detail", detail)
                .render())
        .build();
  }
}
