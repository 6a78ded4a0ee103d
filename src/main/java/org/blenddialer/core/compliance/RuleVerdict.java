package org.blenddialer.core.compliance;

import java.util.Objects;

/**
 * What one rule said about one dial.
 *
 * @param ruleId {@code <pack>#<reference row>} for pack rules (e.g. {@code US#1}), {@code
 *     company#...} for company-wide rules, {@code source#...} for unreadable sources
 * @param check the kind of check, e.g. {@code CALLING_WINDOW}
 * @param outcome pass, deny or not applicable
 * @param reason the explanation a compliance officer reads
 */
public record RuleVerdict(String ruleId, Check check, Outcome outcome, String reason) {

  /** What a rule said. */
  public enum Outcome {
    PASS,
    DENY,
    NOT_APPLICABLE
  }

  /** Kinds of check the engine makes. */
  public enum Check {
    SOURCE,
    POLICY_PACK,
    INTERNAL_DNC,
    CAMPAIGN_DNC,
    OPT_OUT,
    CALLING_WINDOW,
    DIAL_MODE,
    BANNED_SUBJECT,
    REGISTRY,
    CONSENT,
    REASSIGNED_NUMBER,
    FREQUENCY_CAP,
    RECALL_LOCKOUT,
    ABANDON_CAP,
    CALL_CONDUCT
  }

  public RuleVerdict {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reason, "reason");
  }

  static RuleVerdict pass(String ruleId, Check check, String reason) {
    return new RuleVerdict(ruleId, check, Outcome.PASS, reason);
  }

  static RuleVerdict deny(String ruleId, Check check, String reason) {
    return new RuleVerdict(ruleId, check, Outcome.DENY, reason);
  }

  static RuleVerdict notApplicable(String ruleId, Check check, String reason) {
    return new RuleVerdict(ruleId, check, Outcome.NOT_APPLICABLE, reason);
  }

  /** True when this verdict refuses the dial. */
  public boolean denies() {
    return outcome == Outcome.DENY;
  }
}
