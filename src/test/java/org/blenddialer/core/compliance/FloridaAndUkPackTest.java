package org.blenddialer.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blenddialer.core.compliance.DialScenario.florida;
import static org.blenddialer.core.compliance.DialScenario.outcome;
import static org.blenddialer.core.compliance.DialScenario.uk;
import static org.blenddialer.core.compliance.DialScenario.usNewYork;
import static org.blenddialer.core.compliance.RuleVerdict.Outcome.NOT_APPLICABLE;
import static org.blenddialer.core.compliance.RuleVerdict.Outcome.PASS;

import java.time.Duration;
import org.blenddialer.core.compliance.PolicyPack.AbandonWindow;
import org.blenddialer.core.compliance.RuleVerdict.Check;
import org.junit.jupiter.api.Test;

/** Rule 2 (US-FL) and rules 4, 10 and 11 (UK). */
class FloridaAndUkPackTest {

  private static final Duration HOUR = Duration.ofHours(1);

  @Test
  void rule2FloridaStopsAt2000WhileFederalRulesStillPass() {
    DialDecision at1959 = florida().atLocal("2026-11-23T19:59").decide();
    DialDecision at2000 = florida().atLocal("2026-11-23T20:00").decide();

    assertThat(at1959.allowed()).isTrue();
    assertThat(at1959.packs()).containsExactly("US-FL@1", "US@1");
    assertThat(at2000.allowed()).isFalse();
    assertThat(at2000.denyingRule().ruleId()).isEqualTo("US-FL#2");
    assertThat(outcome(at2000, "US#1", Check.CALLING_WINDOW)).isEqualTo(PASS);
  }

  @Test
  void rule2AtMostThreeCallsPer24HoursToAPersonOnTheSameSubjectAcrossTheirNumbers() {
    DialScenario twoCalls =
        florida()
            .atLocal("2026-11-23T12:00")
            .attempted(Duration.ofHours(5), AttemptOutcome.NO_ANSWER)
            .attemptedOther(Duration.ofHours(3), "+13055550999", "insurance");
    assertThat(twoCalls.decide().allowed()).isTrue();

    DialDecision third =
        twoCalls.attemptedOther(Duration.ofHours(1), "+17865550000", "insurance").decide();
    assertThat(third.allowed()).isFalse();
    assertThat(third.denyingRule().ruleId()).isEqualTo("US-FL#2");
    assertThat(third.denyingRule().reason()).contains("3 calls");
  }

  @Test
  void rule2OtherSubjectsAndCallsOlderThan24HoursDoNotCount() {
    DialScenario s =
        florida()
            .atLocal("2026-11-23T12:00")
            .attempted(Duration.ofHours(25), AttemptOutcome.LIVE)
            .attempted(Duration.ofHours(24), AttemptOutcome.LIVE)
            .attemptedOther(HOUR, "+13055550999", "solar panels")
            .attemptedOther(HOUR, "+13055550999", "solar panels")
            .attempted(HOUR, AttemptOutcome.BUSY);

    assertThat(s.decide().allowed()).isTrue();
  }

  @Test
  void aCampaignDeclaredUnderFloridaAppliesFloridaHoursToOtherStates() {
    DialDecision decision = usNewYork().atLocal("2026-11-23T20:30").declaredPack("US-FL").decide();

    assertThat(decision.allowed()).isFalse();
    assertThat(decision.denyingRule().ruleId()).isEqualTo("US-FL#2");
  }

  @Test
  void rule10DailyAbandonCapCountsMachineDetectionFalsePositives() {
    DialScenario predictive = uk().atLocal("2026-11-23T12:00").mode(DialMode.PREDICTIVE);

    DialDecision withFalsePositive =
        predictive
            .abandonFigures(new AbandonFigures(AbandonWindow.CALENDAR_DAY, 100, 2, 1))
            .decide();
    DialDecision without =
        predictive
            .abandonFigures(new AbandonFigures(AbandonWindow.CALENDAR_DAY, 100, 2, 0))
            .decide();

    assertThat(withFalsePositive.allowed()).isFalse();
    assertThat(withFalsePositive.denyingRule().ruleId()).isEqualTo("UK#10");
    assertThat(withFalsePositive.fallbackMode()).isEqualTo(DialMode.PROGRESSIVE);
    assertThat(without.allowed()).isTrue();
  }

  @Test
  void rule10AbandonedNumberIsNotRecalledWithin72HoursUnlessAnAgentIsGuaranteed() {
    assertThat(abandonedAgo(71, DialMode.PREDICTIVE).allowed()).isFalse();
    assertThat(abandonedAgo(73, DialMode.PREDICTIVE).allowed()).isTrue();
    DialDecision progressive = abandonedAgo(1, DialMode.PROGRESSIVE);
    assertThat(progressive.allowed()).isTrue();
    assertThat(outcome(progressive, "UK#10", Check.RECALL_LOCKOUT)).isEqualTo(NOT_APPLICABLE);
  }

  private static DialDecision abandonedAgo(int hours, DialMode mode) {
    return uk().atLocal("2026-11-23T12:00")
        .mode(mode)
        .attempted(Duration.ofHours(hours), AttemptOutcome.ABANDONED)
        .decide();
  }

  @Test
  void rule10MachineAnsweredNumberIsRecalledTheSameDayOnlyWithAGuaranteedAgent() {
    DialDecision sameDay =
        uk().atLocal("2026-11-23T18:00")
            .mode(DialMode.POWER)
            .attempted(Duration.ofHours(2), AttemptOutcome.MACHINE)
            .decide();
    DialDecision nextDay =
        uk().atLocal("2026-11-23T09:00")
            .mode(DialMode.POWER)
            .attempted(Duration.ofHours(10), AttemptOutcome.MACHINE)
            .decide();

    assertThat(sameDay.allowed()).isFalse();
    assertThat(sameDay.denyingRule().reason()).contains("MACHINE", "same day");
    assertThat(nextDay.allowed()).isTrue();
  }

  @Test
  void rule10CallerIdMustBeShown() {
    DialDecision decision = uk().atLocal("2026-11-23T12:00").hiddenCallerId().decide();

    assertThat(decision.allowed()).isFalse();
    assertThat(decision.denyingRule().ruleId()).isEqualTo("UK#10");
    assertThat(decision.denyingRule().check()).isEqualTo(Check.CALL_CONDUCT);
  }

  @Test
  void rule10And4CallConductIsHandedToTheDialer() {
    CallConduct conduct = uk().atLocal("2026-11-23T12:00").decide().conduct();

    assertThat(conduct.minimumRing()).isEqualTo(Duration.ofSeconds(15));
    assertThat(conduct.abandonMessage()).isTrue();
    assertThat(conduct.abandonMessageWithin()).isEqualTo(Duration.ofSeconds(2));
    assertThat(conduct.callerIdShown()).isTrue();
  }

  @Test
  void rule11TpsAndCtpsListingsRefuseUnlessThePersonConsented() {
    assertThat(uk().atLocal("2026-11-23T12:00").listedOn("UK-TPS").decide().allowed()).isFalse();
    assertThat(uk().atLocal("2026-11-23T12:00").listedOn("UK-CTPS").decide().allowed()).isFalse();
    DialDecision consented =
        uk().atLocal("2026-11-23T12:00")
            .listedOn("UK-TPS")
            .granted(ConsentBasis.EXPRESS, Duration.ofDays(3))
            .decide();
    assertThat(consented.allowed()).isTrue();
    assertThat(consented.consentIds()).containsExactly(1L);
  }

  @Test
  void rule11TpsCopyMustBeAtMost28DaysOld() {
    assertThat(
            uk().atLocal("2026-11-23T12:00")
                .registryAge("UK-TPS", Duration.ofDays(27))
                .decide()
                .allowed())
        .isTrue();
    DialDecision stale =
        uk().atLocal("2026-11-23T12:00").registryAge("UK-TPS", Duration.ofDays(29)).decide();
    assertThat(stale.allowed()).isFalse();
    assertThat(stale.denyingRule().reason()).contains("UK-TPS", "allows 28 days");
  }

  @Test
  void rule11RecordedMarketingCallsNeedConsent() {
    assertThat(uk().atLocal("2026-11-23T12:00").prerecorded().decide().denyingRule().ruleId())
        .isEqualTo("UK#11");
    assertThat(
            uk().atLocal("2026-11-23T12:00")
                .prerecorded()
                .granted(ConsentBasis.EXPRESS, Duration.ofDays(1))
                .decide()
                .allowed())
        .isTrue();
  }
}
