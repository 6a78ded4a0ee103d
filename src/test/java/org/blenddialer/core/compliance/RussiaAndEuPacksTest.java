package org.blenddialer.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blenddialer.core.compliance.DialScenario.germany;
import static org.blenddialer.core.compliance.DialScenario.russia;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Rules 16 (RU) and 17 (EU/EEA baseline). */
class RussiaAndEuPacksTest {

  private static final Duration DAY = Duration.ofDays(1);

  @Test
  void rule16NoAutomaticDialingForAdvertising() {
    for (DialMode mode :
        new DialMode[] {DialMode.PROGRESSIVE, DialMode.POWER, DialMode.PREDICTIVE}) {
      DialDecision decision =
          russia()
              .atLocal("2026-11-23T12:00")
              .mode(mode)
              .granted(ConsentBasis.EXPRESS, DAY)
              .decide();
      assertThat(decision.allowed()).as(mode.name()).isFalse();
      assertThat(decision.denyingRule().ruleId()).isEqualTo("RU#16");
      assertThat(decision.denyingRule().check()).isEqualTo(RuleVerdict.Check.DIAL_MODE);
    }
    assertThat(
            russia()
                .atLocal("2026-11-23T12:00")
                .mode(DialMode.PREVIEW)
                .granted(ConsentBasis.EXPRESS, DAY)
                .decide()
                .allowed())
        .isTrue();
  }

  @Test
  void rule16AdvertisingNeedsProvablePriorConsentAndStopsOnRequest() {
    DialDecision noConsent = russia().atLocal("2026-11-23T12:00").mode(DialMode.PREVIEW).decide();
    assertThat(noConsent.denyingRule().ruleId()).isEqualTo("RU#16");
    assertThat(noConsent.denyingRule().check()).isEqualTo(RuleVerdict.Check.CONSENT);

    DialDecision stopped =
        russia()
            .atLocal("2026-11-23T12:00")
            .mode(DialMode.PREVIEW)
            .granted(ConsentBasis.EXPRESS, Duration.ofDays(5))
            .revoked(Duration.ofHours(1), "agent disposition")
            .decide();
    assertThat(stopped.denyingRule().ruleId()).isEqualTo("company#opt-out");
  }

  @Test
  void rule17AutomatedCallsWithNoHumanNeedOptIn() {
    DialDecision recorded = germany().atLocal("2026-11-23T12:00").prerecorded().decide();
    assertThat(recorded.allowed()).isFalse();
    assertThat(recorded.denyingRule().ruleId()).isEqualTo("EU#17");

    assertThat(
            germany()
                .atLocal("2026-11-23T12:00")
                .prerecorded()
                .granted(ConsentBasis.EXPRESS, DAY)
                .decide()
                .allowed())
        .isTrue();
    assertThat(germany().atLocal("2026-11-23T12:00").decide().allowed()).isTrue();
  }

  @Test
  void rule17AnObjectionToDirectMarketingIsAbsoluteUntilNewConsent() {
    DialScenario objected =
        germany()
            .atLocal("2026-11-23T12:00")
            .granted(ConsentBasis.EXPRESS, Duration.ofDays(30))
            .revoked(Duration.ofDays(20), "compliance officer");
    assertThat(objected.decide().allowed()).isFalse();

    DialDecision consentedAgain = objected.granted(ConsentBasis.EXPRESS, DAY).decide();
    assertThat(consentedAgain.allowed()).isTrue();
    assertThat(consentedAgain.consentIds()).isEmpty();
  }

  @Test
  void rule17AppliesUnderEveryNordicEeaPack() {
    assertThat(DialScenario.PACKS.get("NO").includes()).contains("EU");
    assertThat(DialScenario.norway().atLocal("2026-11-23T12:00").prerecorded().decide().consulted())
        .anyMatch(v -> v.ruleId().equals("EU#17") && v.denies());
  }
}
