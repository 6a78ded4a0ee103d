package org.blenddialer.campaigns.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;
import java.util.Objects;
import org.blenddialer.core.campaign.AttemptOutcome;
import org.blenddialer.core.campaign.RetryRule;

/** A campaign's retry rule for one outcome, as stored. */
@Embeddable
public class RetryRuleRow {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  public AttemptOutcome outcome;

  @Column(name = "delay_minutes", nullable = false)
  public int delayMinutes;

  @Column(name = "max_attempts", nullable = false)
  public int maxAttempts;

  protected RetryRuleRow() {}

  public RetryRuleRow(RetryRule rule) {
    this.outcome = rule.outcome();
    this.delayMinutes = (int) rule.delay().toMinutes();
    this.maxAttempts = rule.maxAttempts();
  }

  /** The rule as the core sees it. */
  public RetryRule toRule() {
    return new RetryRule(outcome, Duration.ofMinutes(delayMinutes), maxAttempts);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RetryRuleRow r
        && outcome == r.outcome
        && delayMinutes == r.delayMinutes
        && maxAttempts == r.maxAttempts;
  }

  @Override
  public int hashCode() {
    return Objects.hash(outcome, delayMinutes, maxAttempts);
  }
}
