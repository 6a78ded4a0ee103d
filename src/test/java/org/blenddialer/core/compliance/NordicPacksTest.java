package org.blenddialer.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blenddialer.core.compliance.DialScenario.denmark;
import static org.blenddialer.core.compliance.DialScenario.finland;
import static org.blenddialer.core.compliance.DialScenario.norway;
import static org.blenddialer.core.compliance.DialScenario.sweden;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Rules 12 (DK), 13 (SE), 14 (FI) and 15 (NO). */
class NordicPacksTest {

  private static final Duration DAY = Duration.ofDays(1);

  @Test
  void rule12DanishConsumersAreCalledForSalesOnlyOnTheirOwnRequest() {
    DialDecision cold = denmark().atLocal("2026-11-23T12:00").decide();
    assertThat(cold.allowed()).isFalse();
    assertThat(cold.denyingRule().ruleId()).isEqualTo("DK#12");
    assertThat(cold.packs()).containsExactly("DK@1", "EU@1");

    assertThat(
            denmark()
                .atLocal("2026-11-23T12:00")
                .granted(ConsentBasis.EXPLICIT_REQUEST, DAY)
                .decide()
                .allowed())
        .isTrue();
    assertThat(denmark().atLocal("2026-11-23T12:00").audience(Audience.BUSINESS).decide().allowed())
        .isTrue();
  }

  @Test
  void rule12RobinsonListingIsNeverExempt() {
    DialDecision decision =
        denmark()
            .atLocal("2026-11-23T12:00")
            .granted(ConsentBasis.EXPLICIT_REQUEST, DAY)
            .listedOn("DK-ROBINSON")
            .decide();

    assertThat(decision.allowed()).isFalse();
    assertThat(decision.denyingRule().reason()).contains("DK-ROBINSON");
  }

  @Test
  void rule13NixListedNumberNeedsConsentToThisCompanyAtMostThreeMonthsOld() {
    DialScenario listed = sweden().atLocal("2026-11-23T12:00").listedOn("SE-NIX");

    assertThat(listed.decide().allowed()).isFalse();
    assertThat(
            sweden()
                .atLocal("2026-11-23T12:00")
                .listedOn("SE-NIX")
                .granted(ConsentBasis.EXPRESS, Duration.ofDays(60))
                .decide()
                .allowed())
        .isTrue();
    assertThat(
            sweden()
                .atLocal("2026-11-23T12:00")
                .listedOn("SE-NIX")
                .granted(ConsentBasis.EXPRESS, Duration.ofDays(100))
                .decide()
                .allowed())
        .isFalse();
    assertThat(
            sweden()
                .atLocal("2026-11-23T12:00")
                .listedOn("SE-NIX")
                .grantedTo("other-company", ConsentBasis.EXPRESS, DAY)
                .decide()
                .allowed())
        .isFalse();
  }

  @Test
  void rule13BusinessNumbersOnlyInWorkingHours() {
    DialScenario business = sweden().audience(Audience.BUSINESS);

    assertThat(business.atLocal("2026-11-24T10:00").decide().allowed()).isTrue();
    assertThat(business.atLocal("2026-11-24T17:00").decide().allowed()).isFalse();
    assertThat(business.atLocal("2026-11-28T10:00").decide().allowed()).isFalse();
    // Midsummer Eve, a Friday.
    DialDecision midsummer = business.atLocal("2026-06-19T10:00").decide();
    assertThat(midsummer.allowed()).isFalse();
    assertThat(midsummer.denyingRule().reason()).contains("public holiday");
    // Consumers are not limited to working hours.
    assertThat(sweden().atLocal("2026-11-24T19:00").decide().allowed()).isTrue();
  }

  @Test
  void aYearTheHolidayCalendarDoesNotCoverDeniesRatherThanGuesses() {
    DialDecision decision =
        sweden().audience(Audience.BUSINESS).atLocal("2028-03-07T10:00").decide();

    assertThat(decision.allowed()).isFalse();
    assertThat(decision.denyingRule().reason()).contains("no holiday calendar for 2028");
  }

  @Test
  void rule14FinnishOptOutRegisterRefusesAndMobileSubscriptionsAreNotSoldByPhone() {
    assertThat(finland().atLocal("2026-11-23T12:00").decide().allowed()).isTrue();
    DialDecision optedOut = finland().atLocal("2026-11-23T12:00").listedOn("FI-OPTOUT").decide();
    assertThat(optedOut.denyingRule().ruleId()).isEqualTo("FI#14");
    DialDecision subscription =
        finland().atLocal("2026-11-23T12:00").subject("mobile-subscription").decide();
    assertThat(subscription.allowed()).isFalse();
    assertThat(subscription.denyingRule().reason()).contains("mobile-subscription");
    assertThat(optedOut.conduct().identifyAtOnce()).isTrue();
  }

  @Test
  void rule15NoTelemarketingInNorwayOnASaturday() {
    DialDecision saturday = norway().atLocal("2026-11-28T12:00").decide();

    assertThat(saturday.allowed()).isFalse();
    assertThat(saturday.denyingRule().ruleId()).isEqualTo("NO#15");
    assertThat(saturday.denyingRule().reason()).contains("Sat", "not a calling day");
    assertThat(norway().atLocal("2026-11-29T12:00").decide().allowed()).isFalse();
  }

  @Test
  void rule15NorwegianWeekdaysFrom0900ToBefore2100() {
    assertThat(norway().atLocal("2026-11-23T08:59").decide().allowed()).isFalse();
    assertThat(norway().atLocal("2026-11-23T09:00").decide().allowed()).isTrue();
    assertThat(norway().atLocal("2026-11-23T20:59").decide().allowed()).isTrue();
    assertThat(norway().atLocal("2026-11-23T21:00").decide().allowed()).isFalse();
  }

  @Test
  void rule15NoTelemarketingOnANorwegianPublicHoliday() {
    // Ascension Day 2026, a Thursday.
    DialDecision decision = norway().atLocal("2026-05-14T12:00").decide();

    assertThat(decision.allowed()).isFalse();
    assertThat(decision.denyingRule().reason()).contains("public holiday");
  }

  @Test
  void rule15RegisterCheckedMonthlyAndCallerIdShown() {
    assertThat(norway().atLocal("2026-11-23T12:00").listedOn("NO-RESERVASJON").decide().allowed())
        .isFalse();
    assertThat(
            norway()
                .atLocal("2026-11-23T12:00")
                .registryAge("NO-RESERVASJON", Duration.ofDays(32))
                .decide()
                .allowed())
        .isFalse();
    assertThat(norway().atLocal("2026-11-23T12:00").hiddenCallerId().decide().allowed()).isFalse();
  }
}
