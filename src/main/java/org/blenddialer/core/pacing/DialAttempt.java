package org.blenddialer.core.pacing;

/** A dial placed and not yet resolved (ringing, or being screened for a machine). */
public interface DialAttempt {

  /** When the dial was placed, seconds on the caller's clock. */
  double dialedAt();
}
