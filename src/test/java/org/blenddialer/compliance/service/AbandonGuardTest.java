package org.blenddialer.compliance.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.blenddialer.audit.service.AuditQuery;
import org.blenddialer.audit.service.AuditSearch;
import org.blenddialer.core.compliance.AbandonFigures;
import org.blenddialer.core.compliance.DialMode;
import org.blenddialer.core.compliance.PolicyPack.AbandonWindow;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AbandonGuardTest {

  @Inject AbandonGuard guard;
  @Inject AuditSearch search;

  @Test
  void aCampaignAtItsCapFallsBackToProgressiveAndTheSwitchIsAuditedOnce() {
    List<AbandonFigures> atCap = List.of(new AbandonFigures(AbandonWindow.CALENDAR_DAY, 100, 3, 0));
    List<AbandonFigures> healthy =
        List.of(new AbandonFigures(AbandonWindow.CALENDAR_DAY, 400, 3, 0));

    AbandonGuard.Guidance first =
        guard.guide("uk-winter", List.of("UK"), DialMode.PREDICTIVE, atCap);
    AbandonGuard.Guidance again =
        guard.guide("uk-winter", List.of("UK"), DialMode.PREDICTIVE, atCap);
    AbandonGuard.Guidance later =
        guard.guide("uk-winter", List.of("UK"), DialMode.PREDICTIVE, healthy);

    assertThat(first.mode()).isEqualTo(DialMode.PROGRESSIVE);
    assertThat(first.budgets().get(0).remaining()).isZero();
    assertThat(again.mode()).isEqualTo(DialMode.PROGRESSIVE);
    assertThat(later.mode()).isEqualTo(DialMode.PREDICTIVE);
    assertThat(later.budgets().get(0).remaining()).isEqualTo(9);
    var fallbacks =
        search.find(
            new AuditQuery(
                null, "uk-winter", null, null, null, null, "campaign.mode.fallback", 10));
    assertThat(fallbacks).hasSize(1);
    assertThat(fallbacks.get(0).ruleId).isEqualTo("UK#10");
    assertThat(
            search.find(
                new AuditQuery(
                    null, "uk-winter", null, null, null, null, "campaign.mode.restored", 10)))
        .hasSize(1);
  }
}
