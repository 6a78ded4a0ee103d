package org.blenddialer.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.blenddialer.core.compliance.DialDecision;
import org.blenddialer.core.compliance.RuleVerdict;
import org.blenddialer.core.leads.LeadStatus;
import org.junit.jupiter.api.Test;

/** Where a lead goes after an attempt, a refusal or a disposition, and the campaign's hours. */
class LeadNextTest {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final Instant NOON = Instant.parse("2026-11-23T11:00:00Z"); // Monday 12:00 in Berlin

  final RetryPolicy policy =
      new RetryPolicy(
          List.of(
              new RetryRule(AttemptOutcome.BUSY, Duration.ofMinutes(10), 3),
              new RetryRule(AttemptOutcome.MACHINE, Duration.ofHours(4), 1),
              new RetryRule(AttemptOutcome.FAILED, Duration.ofMinutes(5), 2)),
          4,
          2);

  @Test
  void aBusyLineIsCalledAgainAfterTheRulesDelay() {
    LeadNext next =
        LeadNext.afterAttempt(
            policy,
            AttemptOutcome.BUSY,
            LeadAttempts.none().plus(AttemptOutcome.BUSY),
            NOON,
            BERLIN);
    assertThat(next.status()).isEqualTo(LeadStatus.READY);
    assertThat(next.nextCallAt()).isEqualTo(NOON.plus(Duration.ofMinutes(10)));
  }

  @Test
  void aConnectedLeadIsDoneAndAMachineBeyondItsLimitIsExhausted() {
    assertThat(
            LeadNext.afterAttempt(
                    policy,
                    AttemptOutcome.CONNECTED,
                    LeadAttempts.none().plus(AttemptOutcome.CONNECTED),
                    NOON,
                    BERLIN)
                .status())
        .isEqualTo(LeadStatus.DONE);
    LeadNext machine =
        LeadNext.afterAttempt(
            policy,
            AttemptOutcome.MACHINE,
            LeadAttempts.none().plus(AttemptOutcome.MACHINE),
            NOON,
            BERLIN);
    assertThat(machine.status()).isEqualTo(LeadStatus.EXHAUSTED);
    assertThat(machine.nextCallAt()).isNull();
  }

  @Test
  void anUnknownAttemptFollowsTheFailedRule() {
    LeadAttempts twice = new LeadAttempts(2, 2, Map.of(AttemptOutcome.FAILED, 2));
    assertThat(LeadNext.afterAttempt(policy, null, twice, NOON, BERLIN).status())
        .isEqualTo(LeadStatus.EXHAUSTED);
    LeadAttempts once = new LeadAttempts(1, 1, Map.of(AttemptOutcome.FAILED, 1));
    assertThat(LeadNext.afterAttempt(policy, null, once, NOON, BERLIN).nextCallAt())
        .isEqualTo(NOON.plus(Duration.ofMinutes(5)));
  }

  @Test
  void refusalsEndOrPostponeTheLeadByTheRuleThatRefused() {
    Duration recheck = Duration.ofMinutes(15);
    assertThat(LeadNext.afterDenial(denied(RuleVerdict.Check.INTERNAL_DNC), NOON, recheck).status())
        .isEqualTo(LeadStatus.DO_NOT_CALL);
    assertThat(LeadNext.afterDenial(denied(RuleVerdict.Check.CONSENT), NOON, recheck).status())
        .isEqualTo(LeadStatus.BLOCKED);
    LeadNext window = LeadNext.afterDenial(denied(RuleVerdict.Check.CALLING_WINDOW), NOON, recheck);
    assertThat(window.status()).isEqualTo(LeadStatus.READY);
    assertThat(window.nextCallAt()).isEqualTo(NOON.plus(recheck));
    assertThat(window.reason()).contains("US#1");
  }

  @Test
  void dispositionsMoveTheLeadByTheirMeaning() {
    Duration later = Duration.ofHours(1);
    assertThat(LeadNext.afterDisposition(DispositionMeaning.SUCCESS, NOON, later, true).status())
        .isEqualTo(LeadStatus.DONE);
    assertThat(
            LeadNext.afterDisposition(DispositionMeaning.DO_NOT_CALL, NOON, later, true).status())
        .isEqualTo(LeadStatus.DO_NOT_CALL);
    assertThat(
            LeadNext.afterDisposition(DispositionMeaning.UNRESOLVED, NOON, later, true)
                .nextCallAt())
        .isEqualTo(NOON.plus(later));
    assertThat(
            LeadNext.afterDisposition(DispositionMeaning.UNRESOLVED, NOON, later, false).status())
        .isEqualTo(LeadStatus.EXHAUSTED);
  }

  @Test
  void callingHoursOpenInTheLeadsOwnZoneAndSayWhenTheyOpenNext() {
    CallingHours weekdays =
        new CallingHours(
            LocalTime.of(9, 0),
            LocalTime.of(20, 0),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    assertThat(weekdays.open(NOON, BERLIN)).isTrue();
    assertThat(weekdays.open(NOON, ZoneId.of("America/New_York"))).isFalse(); // 06:00 there
    assertThat(weekdays.nextOpening(NOON, ZoneId.of("America/New_York")))
        .isEqualTo(Instant.parse("2026-11-23T14:00:00Z"));
    Instant fridayNight = Instant.parse("2026-11-27T20:30:00Z");
    assertThat(weekdays.nextOpening(fridayNight, BERLIN))
        .isEqualTo(Instant.parse("2026-11-30T08:00:00Z"));
    CallingHours overnight =
        new CallingHours(LocalTime.of(22, 0), LocalTime.of(2, 0), EnumSet.of(DayOfWeek.MONDAY));
    assertThat(overnight.open(Instant.parse("2026-11-24T00:30:00Z"), BERLIN)).isTrue();
    assertThat(overnight.open(Instant.parse("2026-11-25T00:30:00Z"), BERLIN)).isFalse();
  }

  private static DialDecision denied(RuleVerdict.Check check) {
    RuleVerdict rule = new RuleVerdict("US#1", check, RuleVerdict.Outcome.DENY, "because");
    return new DialDecision(
        false,
        rule,
        List.of(rule),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null,
        null,
        null,
        NOON);
  }
}
