package org.blenddialer.platform.error;

/**
 * A failure the caller can understand and act on. Mapped in one place to {@code
 * application/problem+json}; the message is the problem's detail and must never carry secrets.
 */
public abstract class DomainException extends RuntimeException {

  private final int status;
  private final String type;
  private final String title;

  protected DomainException(int status, String type, String title, String detail) {
    super(detail);
    this.status = status;
    this.type = type;
    this.title = title;
  }

  /** HTTP status the problem maps to. */
  public int status() {
    return status;
  }

  /** Short slug that names the kind of problem, e.g. {@code not-found}. */
  public String type() {
    return type;
  }

  /** Human-readable summary of the kind of problem. */
  public String title() {
    return title;
  }
}
