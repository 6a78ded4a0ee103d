package org.blenddialer.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blenddialer.core.compliance.DialScenario.outcome;
import static org.blenddialer.core.compliance.DialScenario.usNewYork;
import static org.blenddialer.core.compliance.RuleVerdict.Outcome.DENY;
import static org.blenddialer.core.compliance.RuleVerdict.Outcome.NOT_APPLICABLE;
import static org.blenddialer.core.compliance.RuleVerdict.Outcome.PASS;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import org.blenddialer.core.compliance.PolicyPack.AbandonWindow;
import org.blenddialer.core.compliance.RuleVerdict.Check;
import org.junit.jupiter.api.Test;

/** Rules 1 and 3-9 of the US federal pack. */
class UsPackTest {

  private static final Duration DAY = Duration.ofDays(1);

  @Test
  void rule1CallsAllowedAt2059LocalButNotAt2100() {
    DialDecision at2059 = usNewYork().atLocal("2026-11-23T20:59").decide();
    DialDecision at2100 = usNewYork().atLocal("2026-11-23T21:00").decide();

    assertThat(at2059.allowed()).isTrue();
    assertThat(outcome(at2059, "US#1", Check.CALLING_WINDOW)).isEqualTo(PASS);
    assertThat(at2100.allowed()).isFalse();
    assertThat(at2100.denyingRule().ruleId()).isEqualTo("US#1");
    assertThat(at2100.denyingRule().reason()).contains("2026-11-23T21:00", "America/New_York");
  }

  @Test
  void rule1WindowOpensAt0800Local() {
    assertThat(usNewYork().atLocal("2026-11-23T07:59").decide().allowed()).isFalse();
    assertThat(usNewYork().atLocal("2026-11-23T08:00").decide().allowed()).isTrue();
  }

  @Test
  void rule1FollowsDaylightSavingTime() {
    // 01:00 UTC is 21:00 EDT before the clocks go back and 20:00 EST after.
    DialDecision summer = usNewYork().at(Instant.parse("2026-10-31T01:00:00Z")).decide();
    DialDecision winter = usNewYork().at(Instant.parse("2026-11-02T01:00:00Z")).decide();

    assertThat(summer.allowed()).isFalse();
    assertThat(winter.allowed()).isTrue();
    assertThat(winter.localTimes()).containsExactly("2026-11-01 20:00 Sun America/New_York");
  }

  @Test
  void rule1UsesThePersonsOwnZoneWhenItDiffersFromTheAreaCode() {
    // A New York (212) number whose owner lives in California: 08:30 in New York is 05:30 there.
    DialDecision byAreaCode = usNewYork().atLocal("2026-11-23T08:30").decide();
    DialDecision byOwnZone =
        usNewYork()
            .atLocal("2026-11-23T08:30")
            .zones(ZoneSource.EXPLICIT, "America/Los_Angeles")
            .decide();

    assertThat(byAreaCode.allowed()).isTrue();
    assertThat(byOwnZone.allowed()).isFalse();
    assertThat(byOwnZone.denyingRule().reason())
        .contains("05:30", "America/Los_Angeles", "EXPLICIT");
    assertThat(byOwnZone.zoneSource()).isEqualTo(ZoneSource.EXPLICIT);
  }

  @Test
  void rule1MustHoldInEveryCandidateZoneOfAnAreaCodeSpanningTwoZones() {
    DialScenario panhandle =
        usNewYork()
            .atLocal("2026-11-23T08:30")
            .zones(ZoneSource.NUMBER_PREFIX, "America/New_York", "America/Chicago");

    DialDecision decision = panhandle.decide();

    assertThat(decision.allowed()).isFalse();
    assertThat(decision.denyingRule().reason()).contains("07:30", "America/Chicago");
  }

  @Test
  void rule1DoesNotLimitInformationalCalls() {
    DialDecision decision =
        usNewYork().atLocal("2026-11-23T22:00").purpose(CallPurpose.INFORMATIONAL).decide();

    assertThat(outcome(decision, "US#1", Check.CALLING_WINDOW)).isEqualTo(NOT_APPLICABLE);
  }

  @Test
  void rule3PredictiveDialingStopsAtThreePercentOverThirtyDaysAndFallsBackToProgressive() {
    DialScenario atCap =
        usNewYork()
            .atLocal("2026-11-23T12:00")
            .mode(DialMode.PREDICTIVE)
            .abandonFigures(new AbandonFigures(AbandonWindow.ROLLING_30_DAYS, 1000, 30, 0));
    DialScenario belowCap =
        usNewYork()
            .atLocal("2026-11-23T12:00")
            .mode(DialMode.PREDICTIVE)
            .abandonFigures(new AbandonFigures(AbandonWindow.ROLLING_30_DAYS, 1000, 29, 0));

    DialDecision denied = atCap.decide();
    assertThat(denied.allowed()).isFalse();
    assertThat(denied.denyingRule().ruleId()).isEqualTo("US#3");
    assertThat(denied.fallbackMode()).isEqualTo(DialMode.PROGRESSIVE);
    assertThat(belowCap.decide().allowed()).isTrue();
    assertThat(atCap.mode(DialMode.PROGRESSIVE).decide().allowed()).isTrue();
  }

  @Test
  void rule3BudgetIsWholeCallsOfLiveAnswers() {
    PolicyPack us = DialScenario.PACKS.get("US");
    var figures = java.util.List.of(new AbandonFigures(AbandonWindow.ROLLING_30_DAYS, 200, 4, 0));

    DropBudget budget = DropBudget.all(java.util.List.of(us), figures).get(0);

    assertThat(budget.remaining()).isEqualTo(2);
    assertThat(budget.rate()).isEqualTo(0.02);
    assertThat(budget.atCap()).isFalse();
  }

  @Test
  void rule3AutomaticDialingThatMayAbandonNeedsTheRecordedMessage() {
    DialDecision predictive =
        usNewYork()
            .atLocal("2026-11-23T12:00")
            .mode(DialMode.PREDICTIVE)
            .noAbandonMessage()
            .decide();
    DialDecision progressive = usNewYork().atLocal("2026-11-23T12:00").noAbandonMessage().decide();

    assertThat(predictive.allowed()).isFalse();
    assertThat(predictive.denyingRule().check()).isEqualTo(Check.CALL_CONDUCT);
    assertThat(progressive.allowed()).isTrue();
    assertThat(predictive.conduct().abandonMessageWithin()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void rule4CallsRingAtLeastFifteenSeconds() {
    DialDecision decision = usNewYork().atLocal("2026-11-23T12:00").decide();

    assertThat(decision.conduct().minimumRing()).isEqualTo(Duration.ofSeconds(15));
    assertThat(decision.conduct().amdDecisionWithin()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void rule5NationalDncListingRefusesTelemarketingButNotInformationalCalls() {
    DialScenario listed = usNewYork().atLocal("2026-11-23T12:00").listedOn("US-NDNC");

    DialDecision telemarketing = listed.decide();
    assertThat(telemarketing.allowed()).isFalse();
    assertThat(telemarketing.denyingRule().ruleId()).isEqualTo("US#5");
    assertThat(telemarketing.denyingRule().reason()).contains("US-NDNC", "v7");
    assertThat(listed.purpose(CallPurpose.INFORMATIONAL).decide().allowed()).isTrue();
  }

  @Test
  void rule5BusinessRelationshipExemptsForEighteenMonthsAfterAPurchaseAndThreeAfterAnInquiry() {
    assertThat(listedWith(ConsentBasis.EBR_PURCHASE, Period.ofMonths(17)).allowed()).isTrue();
    assertThat(listedWith(ConsentBasis.EBR_PURCHASE, Period.ofMonths(19)).allowed()).isFalse();
    assertThat(listedWith(ConsentBasis.EBR_INQUIRY, Period.ofMonths(2)).allowed()).isTrue();
    assertThat(listedWith(ConsentBasis.EBR_INQUIRY, Period.ofMonths(4)).allowed()).isFalse();
    assertThat(listedWith(ConsentBasis.EXPRESS_WRITTEN, Period.ofMonths(1)).allowed()).isTrue();
  }

  private static DialDecision listedWith(ConsentBasis basis, Period ago) {
    DialScenario s = usNewYork().atLocal("2026-11-23T12:00").listedOn("US-NDNC");
    Instant at = s.now().atZone(java.time.ZoneOffset.UTC).minus(ago).toInstant();
    return s.granted(basis, Duration.between(at, s.now())).decide();
  }

  @Test
  void rule5RegistryCopyOlderThan31DaysBlocksDialingUntilRefreshed() {
    DialDecision fresh =
        usNewYork()
            .atLocal("2026-11-23T12:00")
            .registryAge("US-NDNC", Duration.ofDays(30))
            .decide();
    DialDecision stale =
        usNewYork()
            .atLocal("2026-11-23T12:00")
            .registryAge("US-NDNC", Duration.ofDays(32))
            .decide();

    assertThat(fresh.allowed()).isTrue();
    assertThat(stale.allowed()).isFalse();
    assertThat(stale.denyingRule().ruleId()).isEqualTo("US#5");
    assertThat(stale.denyingRule().reason()).contains("32 days old", "allows 31 days");
  }

  @Test
  void rule6InternalDncListRefusesAtOnce() {
    DialDecision decision =
        usNewYork().atLocal("2026-11-23T12:00").listedOn(DialCheck.INTERNAL_LIST).decide();

    assertThat(decision.allowed()).isFalse();
    assertThat(decision.denyingRule().ruleId()).isEqualTo("company#internal-dnc");
  }

  @Test
  void rule7AutodialedTelemarketingToAWirelessNumberNeedsWrittenConsent() {
    DialScenario mobile = usNewYork().atLocal("2026-11-23T12:00").type(NumberType.MOBILE);

    DialDecision without = mobile.decide();
    assertThat(without.allowed()).isFalse();
    assertThat(without.denyingRule().ruleId()).isEqualTo("US#7");
    DialDecision with = mobile.granted(ConsentBasis.EXPRESS_WRITTEN, DAY).decide();
    assertThat(with.allowed()).isTrue();
    assertThat(with.consentIds()).containsExactly(1L);
  }

  @Test
  void rule7DoesNotApplyToManualCallsOrLandlines() {
    assertThat(
            usNewYork()
                .atLocal("2026-11-23T12:00")
                .type(NumberType.MOBILE)
                .mode(DialMode.MANUAL)
                .decide()
                .allowed())
        .isTrue();
    assertThat(
            usNewYork().atLocal("2026-11-23T12:00").type(NumberType.FIXED_LINE).decide().allowed())
        .isTrue();
    assertThat(
            usNewYork()
                .atLocal("2026-11-23T12:00")
                .type(NumberType.FIXED_OR_MOBILE)
                .decide()
                .allowed())
        .isFalse();
  }

  @Test
  void rule7RevocationByKeyPressStopsTheNextCall() {
    DialDecision decision =
        usNewYork()
            .atLocal("2026-11-23T12:00")
            .type(NumberType.MOBILE)
            .granted(ConsentBasis.EXPRESS_WRITTEN, Duration.ofDays(10))
            .revoked(Duration.ofMinutes(1), "key press")
            .decide();

    assertThat(decision.allowed()).isFalse();
    assertThat(decision.denyingRule().ruleId()).isEqualTo("company#opt-out");
    assertThat(decision.denyingRule().reason()).contains("key press", "ledger #2");
    assertThat(outcome(decision, "US#7", Check.CONSENT)).isEqualTo(DENY);
  }

  @Test
  void rule8OldConsentNeedsANoFromTheReassignedNumbersDatabase() {
    DialScenario old =
        usNewYork()
            .atLocal("2026-11-23T12:00")
            .type(NumberType.MOBILE)
            .granted(ConsentBasis.EXPRESS_WRITTEN, Duration.ofDays(100));
    Instant consentDate = old.now().minus(Duration.ofDays(100));

    assertThat(old.decide().denyingRule().ruleId()).isEqualTo("US#8");
    assertThat(
            old.reassigned(new ReassignedAnswer("q-1", consentDate, ReassignedAnswer.Result.YES))
                .decide()
                .allowed())
        .isFalse();
    DialDecision safeHarbor =
        old.reassigned(new ReassignedAnswer("q-2", consentDate, ReassignedAnswer.Result.NO))
            .decide();
    assertThat(safeHarbor.allowed()).isTrue();
    assertThat(outcome(safeHarbor, "US#8", Check.REASSIGNED_NUMBER)).isEqualTo(PASS);
  }

  @Test
  void rule9CallRecordsAreKeptFiveYears() {
    assertThat(DialScenario.PACKS.get("US").recordRetention()).isEqualTo(Period.ofYears(5));
  }
}
