package org.blenddialer.core.campaign;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.blenddialer.core.compliance.DialDecision;
import org.blenddialer.core.compliance.RuleVerdict;
import org.blenddialer.core.leads.LeadStatus;

/**
 * Where a lead goes after an attempt or a refused dial: its status, when it is due again (null when
 * final) and why. Pure decisions: the dialer writes the result to the lead.
 *
 * @param status the lead's new status
 * @param nextCallAt when it is due again, or null for a final status
 * @param reason what a campaign manager reads
 */
public record LeadNext(LeadStatus status, Instant nextCallAt, String reason) {

  public LeadNext {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
    if (status.isFinal() != (nextCallAt == null)) {
      throw new IllegalArgumentException("a final status has no next call, others need one");
    }
  }

  /**
   * After an attempt that ended in {@code outcome} (null: unknown, e.g. lost in a crash, which the
   * FAILED rule governs) with {@code counts} including it.
   */
  public static LeadNext afterAttempt(
      RetryPolicy policy,
      AttemptOutcome outcome,
      LeadAttempts counts,
      Instant endedAt,
      ZoneId leadZone) {
    AttemptOutcome ruled = outcome == null ? AttemptOutcome.FAILED : outcome;
    RetryDecision d = policy.after(ruled, counts, endedAt, leadZone);
    if (d instanceof RetryDecision.RetryAt r) {
      return new LeadNext(LeadStatus.READY, r.notBefore(), r.reason());
    }
    if (d instanceof RetryDecision.Exhausted x) {
      return new LeadNext(LeadStatus.EXHAUSTED, null, x.reason());
    }
    return new LeadNext(LeadStatus.DONE, null, ((RetryDecision.Done) d).reason());
  }

  /**
   * After the dial-time check refused a claimed lead (nothing was dialed, so no attempt counts): a
   * listed number or an opt-out ends the lead as DO_NOT_CALL; a rule this campaign can never meet
   * for the lead (consent, dial mode, subject, no pack) blocks it; a rule that passes later
   * (calling window, frequency caps, an unreadable source, the abandon cap) makes it due again
   * after {@code recheck}.
   */
  public static LeadNext afterDenial(DialDecision decision, Instant now, Duration recheck) {
    RuleVerdict rule = decision.denyingRule();
    if (decision.allowed() || rule == null) {
      throw new IllegalArgumentException("the decision allowed the dial");
    }
    String why = rule.ruleId() + ": " + rule.reason();
    return switch (rule.check()) {
      case INTERNAL_DNC, CAMPAIGN_DNC, OPT_OUT, REGISTRY ->
          new LeadNext(LeadStatus.DO_NOT_CALL, null, why);
      case CONSENT, DIAL_MODE, BANNED_SUBJECT, POLICY_PACK, REASSIGNED_NUMBER ->
          new LeadNext(LeadStatus.BLOCKED, null, why);
      case CALLING_WINDOW, FREQUENCY_CAP, RECALL_LOCKOUT, ABANDON_CAP, SOURCE, CALL_CONDUCT ->
          new LeadNext(LeadStatus.READY, now.plus(recheck), why);
    };
  }

  /** After an agent's disposition of the meaning on a connected attempt. */
  public static LeadNext afterDisposition(
      DispositionMeaning meaning, Instant now, Duration unresolvedRetry, boolean attemptsLeft) {
    return switch (meaning) {
      case SUCCESS, NOT_INTERESTED, WRONG_NUMBER ->
          new LeadNext(LeadStatus.DONE, null, "disposition " + meaning);
      case DO_NOT_CALL -> new LeadNext(LeadStatus.DO_NOT_CALL, null, "asked not to be called");
      case UNRESOLVED, CALLBACK ->
          attemptsLeft
              ? new LeadNext(LeadStatus.READY, now.plus(unresolvedRetry), "disposition " + meaning)
              : new LeadNext(
                  LeadStatus.EXHAUSTED, null, "disposition " + meaning + ", no attempts left");
    };
  }
}
