package org.blenddialer.core.campaign;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Decides, after each attempt, whether and when a lead is called again: the campaign's per-outcome
 * rule gives the delay and its own limit; the campaign's limits per lead and per day cap it all. A
 * lead that reached its daily limit waits for the next local day.
 */
public final class RetryPolicy {

  private final Map<AttemptOutcome, RetryRule> rules = new EnumMap<>(AttemptOutcome.class);
  private final int maxAttemptsPerLead;
  private final int maxAttemptsPerDay;

  /** A policy from the campaign's rules and limits. */
  public RetryPolicy(List<RetryRule> rules, int maxAttemptsPerLead, int maxAttemptsPerDay) {
    if (maxAttemptsPerLead < 1 || maxAttemptsPerDay < 1) {
      throw new IllegalArgumentException("attempt limits must be at least 1");
    }
    for (RetryRule rule : rules) {
      if (this.rules.put(rule.outcome(), rule) != null) {
        throw new IllegalArgumentException("two retry rules for " + rule.outcome());
      }
    }
    this.maxAttemptsPerLead = maxAttemptsPerLead;
    this.maxAttemptsPerDay = maxAttemptsPerDay;
  }

  /** Most attempts per lead overall. */
  public int maxAttemptsPerLead() {
    return maxAttemptsPerLead;
  }

  /**
   * The decision after an attempt that ended at {@code endedAt} in {@code outcome}, given the
   * counts including that attempt, in the lead's time zone.
   */
  public RetryDecision after(
      AttemptOutcome outcome, LeadAttempts countsIncludingThis, Instant endedAt, ZoneId leadZone) {
    if (outcome == AttemptOutcome.CONNECTED) {
      return new RetryDecision.Done("connected to an agent");
    }
    RetryRule rule = rules.get(outcome);
    if (rule == null) {
      return new RetryDecision.Exhausted("no retry rule for " + outcome);
    }
    if (countsIncludingThis.endedIn(outcome) >= rule.maxAttempts()) {
      return new RetryDecision.Exhausted(
          outcome
              + " "
              + countsIncludingThis.endedIn(outcome)
              + " times (limit "
              + rule.maxAttempts()
              + ")");
    }
    if (countsIncludingThis.total() >= maxAttemptsPerLead) {
      return new RetryDecision.Exhausted(
          countsIncludingThis.total() + " attempts (campaign limit " + maxAttemptsPerLead + ")");
    }
    Instant next = endedAt.plus(rule.delay());
    if (countsIncludingThis.today() >= maxAttemptsPerDay) {
      LocalDate tomorrow = endedAt.atZone(leadZone).toLocalDate().plusDays(1);
      Instant startOfTomorrow = tomorrow.atStartOfDay(leadZone).toInstant();
      if (next.isBefore(startOfTomorrow)) {
        next = startOfTomorrow;
      }
      return new RetryDecision.RetryAt(
          next, "daily limit of " + maxAttemptsPerDay + " reached; next local day");
    }
    return new RetryDecision.RetryAt(next, outcome + ": retry after " + pretty(rule.delay()));
  }

  private static String pretty(Duration d) {
    return d.toHours() >= 1 && d.toMinutesPart() == 0 ? d.toHours() + " h" : d.toMinutes() + " min";
  }
}
