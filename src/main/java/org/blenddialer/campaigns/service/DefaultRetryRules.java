package org.blenddialer.campaigns.service;

import java.time.Duration;
import java.util.List;
import org.blenddialer.core.campaign.AttemptOutcome;
import org.blenddialer.core.campaign.RetryRule;

/** Retry rules a campaign gets when its manager names none: common call-centre practice. */
public final class DefaultRetryRules {

  public static final List<RetryRule> RULES =
      List.of(
          new RetryRule(AttemptOutcome.BUSY, Duration.ofMinutes(15), 3),
          new RetryRule(AttemptOutcome.NO_ANSWER, Duration.ofHours(2), 4),
          new RetryRule(AttemptOutcome.MACHINE, Duration.ofHours(4), 2),
          new RetryRule(AttemptOutcome.CONGESTION, Duration.ofMinutes(5), 3),
          // 72 h: the strictest re-call lockout after an abandoned call among our packs.
          new RetryRule(AttemptOutcome.ABANDONED, Duration.ofHours(72), 2),
          new RetryRule(AttemptOutcome.FAILED, Duration.ofMinutes(30), 2));

  private DefaultRetryRules() {}
}
