package org.blenddialer.core.campaign;

import java.time.Duration;

/**
 * When to try a lead again after an outcome, and how often at most.
 *
 * @param outcome the outcome the rule applies to
 * @param delay how long to wait before the next attempt
 * @param maxAttempts most attempts that may end in this outcome before the lead is exhausted
 */
public record RetryRule(AttemptOutcome outcome, Duration delay, int maxAttempts) {

  public RetryRule {
    if (outcome == null || outcome == AttemptOutcome.CONNECTED) {
      throw new IllegalArgumentException("retry rules apply to unsuccessful outcomes only");
    }
    if (delay == null || delay.isNegative()) {
      throw new IllegalArgumentException("retry delay must not be negative");
    }
    if (maxAttempts < 1 || maxAttempts > 100) {
      throw new IllegalArgumentException("maxAttempts must be between 1 and 100");
    }
  }
}
