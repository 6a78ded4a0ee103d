package org.blenddialer.platform.error;

import java.util.List;

/** The request is well-formed but its values are not acceptable; names the offending fields. */
public final class InvalidInputProblem extends DomainException {

  private final List<FieldError> fieldErrors;

  public InvalidInputProblem(String detail, List<FieldError> fieldErrors) {
    super(400, "validation", "Invalid input", detail);
    this.fieldErrors = List.copyOf(fieldErrors);
  }

  /** One field and what is wrong with it. */
  public static InvalidInputProblem ofField(String field, String message) {
    return new InvalidInputProblem(field + ": " + message, List.of(new FieldError(field, message)));
  }

  /** The offending fields. */
  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }
}
