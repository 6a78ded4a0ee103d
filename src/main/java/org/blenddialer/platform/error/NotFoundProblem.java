package org.blenddialer.platform.error;

/** The thing asked for does not exist (or the caller may not know that it does). */
public final class NotFoundProblem extends DomainException {

  public NotFoundProblem(String what, Object id) {
    super(404, "not-found", "Not found", what + " " + id + " does not exist");
  }
}
