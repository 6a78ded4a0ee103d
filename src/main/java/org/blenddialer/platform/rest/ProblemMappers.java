package org.blenddialer.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.blenddialer.platform.error.DomainException;
import org.blenddialer.platform.error.FieldError;
import org.blenddialer.platform.error.InvalidInputProblem;
import org.blenddialer.platform.error.Problem;
import org.blenddialer.users.security.LoginThrottledException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become {@code application/problem+json}. Clients never see a stack
 * trace: unexpected failures are logged with an incident id that the response carries.
 */
public class ProblemMappers {

  static final String CHALLENGE = "Basic realm=\"BlendDialer\", charset=\"UTF-8\"";
  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper
  public Response domain(DomainException e, UriInfo uri) {
    Problem problem = Problem.of(e.type(), e.title(), e.status(), e.getMessage(), path(uri));
    if (e instanceof InvalidInputProblem invalid) {
      problem = problem.withErrors(invalid.fieldErrors());
    }
    return respond(problem).build();
  }

  @ServerExceptionMapper
  public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
    boolean ourFault =
        e.getConstraintViolations().stream()
            .anyMatch(
                v ->
                    java.util.stream.StreamSupport.stream(v.getPropertyPath().spliterator(), false)
                        .anyMatch(n -> n.getKind() == jakarta.validation.ElementKind.RETURN_VALUE));
    if (ourFault) {
      return unexpected(e, uri);
    }
    List<FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new FieldError(fieldName(v), v.getMessage()))
            .sorted(Comparator.comparing(FieldError::field))
            .toList();
    String detail =
        errors.size() == 1
            ? errors.get(0).field() + ": " + errors.get(0).message()
            : errors.size() + " fields are invalid";
    return respond(
            Problem.of("validation", "Invalid input", 400, detail, path(uri)).withErrors(errors))
        .build();
  }

  // InvalidDefinitionException: a JSON body sent where the endpoint takes something else (an HTML
  // form's fields); the client's mistake, not a server failure to log.
  @ServerExceptionMapper({
    JsonProcessingException.class,
    MismatchedInputException.class,
    InvalidDefinitionException.class
  })
  public Response unreadableBody(JsonProcessingException e, UriInfo uri) {
    String detail = "The request body is not valid JSON for this operation";
    if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      String field =
          mismatch.getPath().stream()
              .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
              .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
              .orElse("");
      return respond(
              Problem.of("malformed-body", "Malformed request body", 400, detail, path(uri))
                  .withErrors(List.of(new FieldError(field, "has the wrong type or format"))))
          .build();
    }
    return respond(Problem.of("malformed-body", "Malformed request body", 400, detail, path(uri)))
        .build();
  }

  @ServerExceptionMapper
  public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
    return LoginThrottledException.retryAfterSeconds(e)
        .map(seconds -> throttled(seconds, uri))
        .orElseGet(() -> unauthorized(uri));
  }

  private static Response throttled(long retryAfterSeconds, UriInfo uri) {
    return respond(
            Problem.of(
                "login-throttled",
                "Too many failed logins",
                429,
                "Too many failed logins; try again in " + retryAfterSeconds + " s",
                path(uri)))
        .header("Retry-After", retryAfterSeconds)
        .build();
  }

  @ServerExceptionMapper
  public Response unauthorized(UnauthorizedException e, UriInfo uri) {
    return unauthorized(uri);
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    return respond(
            Problem.of(
                "forbidden",
                "Forbidden",
                403,
                "Your role does not allow this operation",
                path(uri)))
        .build();
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e, UriInfo uri) {
    if (e.getCause() instanceof JsonProcessingException unreadable) {
      return unreadableBody(unreadable, uri);
    }
    Response original = e.getResponse();
    int status = original.getStatus();
    if (status >= 500) {
      return unexpected(e, uri);
    }
    String title = original.getStatusInfo().getReasonPhrase();
    String detail = status == 404 ? "No resource at this path" : title;
    Response.ResponseBuilder builder =
        respond(Problem.of(slug(title), title, status, detail, path(uri)));
    original
        .getHeaders()
        .forEach(
            (name, values) -> {
              if (name.equalsIgnoreCase("Allow") || name.equalsIgnoreCase("Retry-After")) {
                values.forEach(v -> builder.header(name, v));
              }
            });
    return builder.build();
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable e, UriInfo uri) {
    String incident = UUID.randomUUID().toString();
    LOG.errorf(e, "Unexpected failure on %s (incident %s)", path(uri), incident);
    return respond(
            Problem.of(
                "internal",
                "Internal error",
                500,
                "The service failed unexpectedly; incident " + incident + " is in its log",
                path(uri)))
        .build();
  }

  private static Response unauthorized(UriInfo uri) {
    return respond(
            Problem.of(
                "unauthorized", "Unauthorized", 401, "Valid credentials are required", path(uri)))
        .header("WWW-Authenticate", CHALLENGE)
        .build();
  }

  private static Response.ResponseBuilder respond(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
  }

  private static String path(UriInfo uri) {
    return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
  }

  private static String slug(String title) {
    return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }

  /** The request-side path of a violation: drops the method and parameter-position prefix. */
  private static String fieldName(ConstraintViolation<?> violation) {
    String path = violation.getPropertyPath().toString();
    String[] parts = path.split("\\.", 3);
    return parts.length == 3 ? parts[2] : parts[parts.length - 1];
  }
}
