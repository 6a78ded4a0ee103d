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
