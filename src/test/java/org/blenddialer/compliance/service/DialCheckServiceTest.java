package org.blenddialer.compliance.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.blenddialer.audit.persistence.AuditRecord;
import org.blenddialer.audit.service.AuditQuery;
import org.blenddialer.audit.service.AuditSearch;
import org.blenddialer.core.compliance.AttemptOutcome;
import org.blenddialer.core.compliance.Audience;
import org.blenddialer.core.compliance.CallPurpose;
import org.blenddialer.core.compliance.CampaignFacts;
import org.blenddialer.core.compliance.DialMode;
import org.blenddialer.core.compliance.PastAttempt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hopper's entry point: every decision, allowed or denied, lands in the audit trail. */
@QuarkusTest
class DialCheckServiceTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Inject DialCheckService checks;
  @Inject RegistryImports registries;
  @Inject AuditSearch search;

  private final CampaignFacts campaign =
      new CampaignFacts(
          "fl-spring",
          "default",
          CallPurpose.TELEMARKETING,
          Audience.CONSUMER,
          "insurance",
          false,
          true,
          true,
          null);

  @BeforeEach
  void freshRegistry() {
    registries.importFile(
        "US-NDNC",
        LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant(),
        new ByteArrayInputStream(new byte[0]),
        "test");
  }

  @Test
  void aDeniedDialIsAuditedWithTheRuleThatDeniedIt() {
    var at = LocalDate.now(NEW_YORK).atTime(20, 30).atZone(NEW_YORK).toInstant();

    var checked =
        checks.decideAndRecord(
            new DialCheckInput(
                "+13055550140",
                "lead-77",
                null,
                null,
                campaign,
                DialMode.MANUAL,
                at,
                List.of(),
                List.of(),
                null),
            "dialer");

    assertThat(checked.target().region()).isEqualTo("US-FL");
    assertThat(checked.decision().denyingRule().ruleId()).isEqualTo("US-FL#2");
    List<AuditRecord> records =
        search.find(
            new AuditQuery("+13055550140", "fl-spring", null, null, "DENIED", "US-FL#2", null, 10));
    assertThat(records).hasSize(1);
    assertThat(records.get(0).details)
        .contains(
            "\"packs\":\"US-FL@1,US@1\"", "US-NDNC@import", "\"zoneSource\":\"NUMBER_PREFIX\"");
  }

  @Test
  void anAllowedDialIsAuditedToo() {
    var at = LocalDate.now(NEW_YORK).atTime(11, 0).atZone(NEW_YORK).toInstant();
    var history =
        List.of(
            new PastAttempt(
                at.minus(Duration.ofHours(2)),
                "+13055550141",
                "fl-spring",
                "insurance",
                AttemptOutcome.NO_ANSWER));

    var checked =
        checks.decideAndRecord(
            new DialCheckInput(
                "+13055550141",
                null,
                null,
                null,
                campaign,
                DialMode.MANUAL,
                at,
                history,
                List.of(),
                null),
            "dialer");

    assertThat(checked.decision().allowed()).isTrue();
    assertThat(
            search.find(
                new AuditQuery(
                    "+13055550141", null, null, null, "ALLOWED", null, "dial.decision", 10)))
        .hasSize(1);
  }

  @Test
  void withoutTheAttemptHistoryAFloridaDialIsNotAllowed() {
    var at = LocalDate.now(NEW_YORK).atTime(11, 0).atZone(NEW_YORK).toInstant();

    var checked =
        checks.check(
            new DialCheckInput(
                "+13055550142",
                null,
                null,
                null,
                campaign,
                DialMode.MANUAL,
                at,
                null,
                List.of(),
                null));

    assertThat(checked.decision().allowed()).isFalse();
    assertThat(checked.decision().denyingRule().reason()).contains("no attempt history");
  }
}
