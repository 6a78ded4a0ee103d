package org.blenddialer.core.compliance;

import java.time.Instant;
import java.util.Objects;

/**
 * An earlier call attempt to the same person (on any of their numbers), for frequency caps and
 * re-call lockouts.
 *
 * @param at when the attempt started
 * @param e164 the number dialed
 * @param campaignId the campaign that dialed
 * @param subject the campaign's subject
 * @param outcome how it ended
 */
public record PastAttempt(
    Instant at, String e164, String campaignId, String subject, AttemptOutcome outcome) {

  public PastAttempt {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(e164, "e164");
    Objects.requireNonNull(outcome, "outcome");
    subject = subject == null ? "" : subject;
  }
}
