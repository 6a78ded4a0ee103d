package org.blenddialer.platform.error;

/** The request clashes with the current state (a duplicate name, a state that forbids it). */
public final class ConflictProblem extends DomainException {

  public ConflictProblem(String detail) {
    super(409, "conflict", "Conflict", detail);
  }
}
