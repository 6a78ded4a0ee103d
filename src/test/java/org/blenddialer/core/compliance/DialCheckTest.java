package org.blenddialer.core.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blenddialer.core.compliance.DialScenario.florida;
import static org.blenddialer.core.compliance.DialScenario.uk;
import static org.blenddialer.core.compliance.DialScenario.usNewYork;

import java.time.Duration;
import org.blenddialer.core.compliance.RuleVerdict.Check;
import org.junit.jupiter.api.Test;

/** What holds for every pack: fail-safe sources, versions relied on, pack selection. */
class DialCheckTest {

  @Test
  void anAllowedDecisionListsEveryRuleConsultedAndTheVersionsItReliedOn() {
    DialDecision decision = florida().atLocal("2026-11-23T12:00").decide();

    assertThat(decision.allowed()).isTrue();
    assertThat(decision.denyingRule()).isNull();
    assertThat(decision.packs()).containsExactly("US-FL@1", "US@1");
    assertThat(decision.lists())
        .extracting(ListAnswer::listId)
        .containsExactly("internal", "suppression", "campaign:c1", "US-NDNC");
    assertThat(decision.consulted())
        .extracting(RuleVerdict::ruleId)
        .contains("company#internal-dnc", "company#opt-out", "US-FL#2", "US#1", "US#3", "US#5");
    assertThat(decision.localTimes()).containsExactly("2026-11-23 12:00 Mon America/New_York");
  }

  @Test
  void aDeniedDecisionNamesTheFirstDenyingRuleAndStillConsultsTheRest() {
    DialDecision decision =
        florida().atLocal("2026-11-23T20:30").listedOn(DialCheck.INTERNAL_LIST).decide();

    assertThat(decision.denyingRule().ruleId()).isEqualTo("company#internal-dnc");
    assertThat(decision.consulted().stream().filter(RuleVerdict::denies))
        .extracting(RuleVerdict::ruleId)
        .containsExactly("company#internal-dnc", "US-FL#2");
    assertThat(decision.fallbackMode()).isNull();
  }

  @Test
  void aNumberOnTheCampaignsOwnListIsRefused() {
    DialDecision decision =
        usNewYork().atLocal("2026-11-23T12:00").listedOn(DialCheck.campaignList("c1")).decide();

    assertThat(decision.denyingRule().ruleId()).isEqualTo("company#campaign-dnc");
  }

  @Test
  void anErasedPersonOnTheSuppressionListIsNeverCalled() {
    DialDecision decision =
        usNewYork().atLocal("2026-11-23T12:00").listedOn(DialCheck.SUPPRESSION_LIST).decide();

    assertThat(decision.denyingRule().ruleId()).isEqualTo("company#suppression");
  }

  @Test
  void anUnreadableListOrLedgerMeansDeny() {
    DialDecision internal =
        usNewYork().atLocal("2026-11-23T12:00").unreadable(DialCheck.INTERNAL_LIST).decide();
    DialDecision ledger = usNewYork().atLocal("2026-11-23T12:00").consentUnreadable().decide();
    DialDecision registry = usNewYork().atLocal("2026-11-23T12:00").unreadable("US-NDNC").decide();

    assertThat(internal.denyingRule().check()).isEqualTo(Check.SOURCE);
    assertThat(internal.denyingRule().reason()).contains("import failed");
    assertThat(ledger.denyingRule().ruleId()).isEqualTo("source#consent");
    assertThat(registry.denyingRule().ruleId()).isEqualTo("US#5");
    assertThat(registry.denyingRule().reason()).contains("could not be read");
  }

  @Test
  void anUnreadableAttemptHistoryDeniesWhereACapOrLockoutNeedsIt() {
    assertThat(florida().atLocal("2026-11-23T12:00").historyUnreadable().decide().allowed())
        .isFalse();
    assertThat(
            uk().atLocal("2026-11-23T12:00")
                .mode(DialMode.PREDICTIVE)
                .historyUnreadable()
                .decide()
                .allowed())
        .isFalse();
    // The federal pack caps nothing per person: the history is not consulted.
    assertThat(usNewYork().atLocal("2026-11-23T12:00").historyUnreadable().decide().allowed())
        .isTrue();
  }

  @Test
  void aStaleRegistryBlocksOnlyThePackThatNeedsIt() {
    DialDecision us =
        usNewYork()
            .atLocal("2026-11-23T12:00")
            .registryAge("US-NDNC", Duration.ofDays(40))
            .decide();
    DialDecision ukDial =
        uk().atLocal("2026-11-23T12:00").registryAge("US-NDNC", Duration.ofDays(40)).decide();

    assertThat(us.allowed()).isFalse();
    assertThat(ukDial.allowed()).isTrue();
    assertThat(ukDial.lists()).extracting(ListAnswer::listId).doesNotContain("US-NDNC");
  }

  @Test
  void aNumberNoPackCoversIsNotDialed() {
    DialDecision decision =
        usNewYork()
            .number("+81312345678", "JP", null)
            .zones(ZoneSource.NUMBER_PREFIX, "Asia/Tokyo")
            .atLocal("2026-11-23T12:00")
            .decide();

    assertThat(decision.allowed()).isFalse();
    assertThat(decision.denyingRule().ruleId()).isEqualTo("source#policy-pack");
    assertThat(decision.denyingRule().reason()).contains("no policy pack covers JP");
  }

  @Test
  void aCampaignDeclaringAnUnknownPackIsNotDialed() {
    DialDecision decision = usNewYork().atLocal("2026-11-23T12:00").declaredPack("US-XX").decide();

    assertThat(decision.denyingRule().reason()).contains("US-XX");
  }

  @Test
  void theMostSpecificPackWinsOverTheBaselineItIncludes() {
    var packs =
        PackSelection.select(
            DialScenario.norway().atLocal("2026-11-23T12:00").request().target(),
            null,
            DialScenario.PACKS);

    assertThat(packs.value()).extracting(PolicyPack::id).containsExactly("NO", "EU");
  }

  @Test
  void everyBundledPackCitesAReferenceRowForEveryRule() {
    for (PolicyPack pack : DialScenario.PACKS.values()) {
      pack.callingWindows().forEach(r -> assertThat(r.ref()).matches("\\d+"));
      pack.registries().forEach(r -> assertThat(r.citation()).isNotBlank());
      pack.consentRules().forEach(r -> assertThat(r.citation()).isNotBlank());
    }
    assertThat(DialScenario.PACKS.keySet())
        .containsExactlyInAnyOrder("US", "US-FL", "UK", "DK", "SE", "FI", "NO", "RU", "EU");
  }
}
