package org.blenddialer.core.campaign;

import java.time.Instant;

/** What happens to a lead after an attempt. */
public sealed interface RetryDecision {

  /** Call again, not before the given time. */
  record RetryAt(Instant notBefore, String reason) implements RetryDecision {}

  /** No more calls: the lead's attempts are used up. */
  record Exhausted(String reason) implements RetryDecision {}

  /** No more calls: the lead was reached. */
  record Done(String reason) implements RetryDecision {}
}
