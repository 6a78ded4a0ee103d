package org.blenddialer.compliance.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.blenddialer.audit.service.AuditQuery;
import org.blenddialer.audit.service.AuditSearch;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RetentionServiceTest {

  @Inject RegistryImports registries;
  @Inject RetentionService retention;
  @Inject AuditSearch search;
  @Inject DataSource dataSource;

  @Test
  void numbersOfACopySupersededLongerThanTheRetentionPeriodAreRemovedAndTheRunIsAudited()
      throws SQLException {
    Instant today = Instant.now().truncatedTo(ChronoUnit.DAYS);
    long old = importCopy(today.minus(200, ChronoUnit.DAYS), "91234567\n92345678\n");
    long newer = importCopy(today, "91234567\n");
    // The newer copy was imported 100 days ago: the old one has been superseded that long.
    sql(
        "UPDATE dnc_registry_import SET imported_at = DATE_SUB(UTC_TIMESTAMP(6), INTERVAL 100 DAY)"
            + " WHERE id = "
            + newer);

    RetentionService.Run run = retention.enforce("test");

    assertThat(run.registryNumbers()).isGreaterThanOrEqualTo(2);
    assertThat(count(old)).isZero();
    assertThat(count(newer)).isEqualTo(1);
    assertThat(
            search.find(
                new AuditQuery(null, null, null, null, null, null, "retention.enforced", 5)))
        .isNotEmpty();
  }

  @Test
  void callRecordsPastTheLongestPackRetentionAreRemovedAndYoungerOnesKept() throws SQLException {
    // The US pack keeps call records 5 years: a 6-year-old call goes, a 4-year-old one stays.
    sql(inboundCall("retention-old", 6 * 366));
    sql(inboundCall("retention-young", 4 * 365));
    sql(
        "INSERT INTO inbound_call_disposition (pbx_server, call_id, agent_id, code, set_at)"
            + " SELECT 'retention', 'retention-old', id, 'DONE',"
            + " DATE_SUB(UTC_TIMESTAMP(6), INTERVAL 2196 DAY) FROM agent LIMIT 1");

    assertThat(retention.callRecordRetention()).isGreaterThanOrEqualTo(Duration.ofDays(5 * 365));
    RetentionService.Run run = retention.enforce("system");

    assertThat(run.callRecords()).isGreaterThanOrEqualTo(1);
    assertThat(calls("retention-old")).isZero();
    assertThat(calls("retention-young")).isEqualTo(1);
    assertThat(
            search.find(
                new AuditQuery(null, null, null, null, null, null, "retention.enforced", 1)))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.actor).isEqualTo("system");
              assertThat(r.details).contains("\"callRecords\":\"" + run.callRecords() + "\"");
            });
  }

  @Test
  void outboundAttemptsPastTheCallRecordPeriodAreRemovedAndTheRemovalIsAudited()
      throws SQLException {
    // Same period as inbound calls (US: 5 years); an attempt still open is never removed.
    sql(attempt("+12125550181", 6 * 366, true));
    sql(attempt("+12125550182", 4 * 365, true));
    sql(attempt("+12125550183", 6 * 366, false));

    RetentionService.Run run = retention.enforce("system");

    assertThat(run.callAttempts()).isGreaterThanOrEqualTo(1);
    assertThat(attempts("+12125550181")).isZero();
    assertThat(attempts("+12125550182")).isEqualTo(1);
    assertThat(attempts("+12125550183")).isEqualTo(1);
    assertThat(
            search.find(
                new AuditQuery(null, null, null, null, null, null, "retention.enforced", 1)))
        .singleElement()
        .satisfies(
            r -> assertThat(r.details).contains("\"callAttempts\":\"" + run.callAttempts() + "\""));
  }

  private static String attempt(String phone, int daysAgo, boolean ended) {
    String at = "DATE_SUB(UTC_TIMESTAMP(6), INTERVAL " + daysAgo + " DAY)";
    return "INSERT INTO call_attempt (lead_id, campaign_id, attempt_number, phone_e164, caller_id,"
        + " server, dial_mode, pacing_policy, queued_at, dialed_at, ended_at, outcome) VALUES"
        + " (987654320, 987654320, 1, '"
        + phone
        + "', '+12125550100', 'retention', 'PROGRESSIVE', 'PROGRESSIVE', "
        + at
        + ", "
        + at
        + ", "
        + (ended ? at + ", 'NO_ANSWER'" : "NULL, NULL")
        + ")";
  }

  private long attempts(String phone) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT COUNT(*) FROM call_attempt WHERE phone_e164 = ?")) {
      s.setString(1, phone);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static String inboundCall(String callId, int daysAgo) {
    return "INSERT INTO inbound_call (call_id, pbx_server, queue, caller_number, entered_at,"
        + " ended_at, wait_seconds, talk_seconds, wrapup_seconds, outcome) VALUES ('"
        + callId
        + "', 'retention', 'support', '+12125550100', DATE_SUB(UTC_TIMESTAMP(6), INTERVAL "
        + daysAgo
        + " DAY), DATE_SUB(UTC_TIMESTAMP(6), INTERVAL "
        + daysAgo
        + " DAY), 1, 1, 0, 'ANSWERED')";
  }

  private long calls(String callId) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT COUNT(*) FROM inbound_call WHERE call_id = ?")) {
      s.setString(1, callId);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private long importCopy(Instant asOf, String numbers) {
    return registries.importFile(
            "NO-RESERVASJON",
            asOf,
            new ByteArrayInputStream(numbers.getBytes(StandardCharsets.US_ASCII)),
            "test")
        .id;
  }

  private void sql(String statement) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(statement);
    }
  }

  private long count(long importId) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT COUNT(*) FROM dnc_registry_number WHERE import_id = ?")) {
      s.setLong(1, importId);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
