package org.blenddialer.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
  private static final Instant TEN_AM = Instant.parse("2026-11-23T09:00:00Z"); // 10:00 local

  private final RetryPolicy policy =
      new RetryPolicy(
          List.of(
              new RetryRule(AttemptOutcome.BUSY, Duration.ofMinutes(15), 3),
              new RetryRule(AttemptOutcome.NO_ANSWER, Duration.ofHours(2), 4)),
          5,
          2);

  @Test
  void busyIsRetriedAfterItsDelay() {
    var d =
        policy.after(
            AttemptOutcome.BUSY, LeadAttempts.none().plus(AttemptOutcome.BUSY), TEN_AM, COPENHAGEN);
    assertThat(d)
        .isEqualTo(new RetryDecision.RetryAt(TEN_AM.plusSeconds(900), "BUSY: retry after 15 min"));
  }

  @Test
  void theOutcomesOwnLimitExhaustsTheLead() {
    var counts = new LeadAttempts(3, 1, java.util.Map.of(AttemptOutcome.BUSY, 3));
    assertThat(policy.after(AttemptOutcome.BUSY, counts, TEN_AM, COPENHAGEN))
        .isInstanceOf(RetryDecision.Exhausted.class);
  }

  @Test
  void theCampaignLimitPerLeadExhaustsTheLeadWhateverTheOutcome() {
    var counts =
        new LeadAttempts(
            5, 1, java.util.Map.of(AttemptOutcome.NO_ANSWER, 3, AttemptOutcome.BUSY, 2));
    var d = policy.after(AttemptOutcome.NO_ANSWER, counts, TEN_AM, COPENHAGEN);
    assertThat(d).isEqualTo(new RetryDecision.Exhausted("5 attempts (campaign limit 5)"));
  }

  @Test
  void theDailyLimitPushesTheNextAttemptToTheLeadsNextLocalMorning() {
    Instant lateEvening = Instant.parse("2026-11-23T21:30:00Z"); // 22:30 in Copenhagen
    var counts = new LeadAttempts(2, 2, java.util.Map.of(AttemptOutcome.BUSY, 2));
    var d = (RetryDecision.RetryAt) policy.after(AttemptOutcome.BUSY, counts, TEN_AM, COPENHAGEN);
    assertThat(d.notBefore()).isEqualTo(Instant.parse("2026-11-23T23:00:00Z"));
    var late =
        (RetryDecision.RetryAt)
            policy.after(
                AttemptOutcome.NO_ANSWER,
                new LeadAttempts(2, 2, java.util.Map.of(AttemptOutcome.NO_ANSWER, 2)),
                lateEvening,
                COPENHAGEN);
    // 2 h later is already the next local day, so the delay wins.
    assertThat(late.notBefore()).isEqualTo(lateEvening.plus(Duration.ofHours(2)));
  }

  @Test
  void connectedIsDoneAndOutcomesWithoutARuleExhaust() {
    assertThat(policy.after(AttemptOutcome.CONNECTED, LeadAttempts.none(), TEN_AM, COPENHAGEN))
        .isInstanceOf(RetryDecision.Done.class);
    assertThat(
            policy.after(
                AttemptOutcome.MACHINE,
                LeadAttempts.none().plus(AttemptOutcome.MACHINE),
                TEN_AM,
                COPENHAGEN))
        .isEqualTo(new RetryDecision.Exhausted("no retry rule for MACHINE"));
  }

  @Test
  void badRulesAreRefused() {
    assertThatThrownBy(() -> new RetryRule(AttemptOutcome.CONNECTED, Duration.ZERO, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new RetryPolicy(
                    List.of(
                        new RetryRule(AttemptOutcome.BUSY, Duration.ZERO, 1),
                        new RetryRule(AttemptOutcome.BUSY, Duration.ZERO, 2)),
                    3,
                    1))
        .hasMessageContaining("two retry rules");
    assertThatThrownBy(() -> new LeadAttempts(1, 2, java.util.Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
