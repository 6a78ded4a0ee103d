package org.blenddialer.platform.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * RFC 9457 problem details, the body of every error response.
 *
 * @param type URI that names the kind of problem
 * @param title short summary of the kind of problem
 * @param status HTTP status
 * @param detail what went wrong this time
 * @param instance request path
 * @param errors offending fields, for validation problems
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors) {

  /** Media type of problem responses. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** Base of our problem type URIs. */
  public static final String TYPE_BASE = "https://blenddialer.org/problems/";

  /** A problem of one of our types, named by its slug. */
  public static Problem of(
      String typeSlug, String title, int status, String detail, String instance) {
    return new Problem(TYPE_BASE + typeSlug, title, status, detail, instance, List.of());
  }

  /** The same problem with offending fields attached. */
  public Problem withErrors(List<FieldError> fieldErrors) {
    return new Problem(type, title, status, detail, instance, List.copyOf(fieldErrors));
  }
}
