package org.blenddialer.leads.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.blenddialer.core.leads.DuplicatePolicy;
import org.blenddialer.leads.persistence.LeadImportStore;
import org.junit.jupiter.api.Test;

/** An import that a crash left running is discarded whole when the service starts again. */
@QuarkusTest
class LeadImportRecoveryTest {

  @Inject LeadImportService service;
  @Inject LeadImportStore store;
  @Inject DataSource dataSource;

  @Test
  void anImportLeftRunningByACrashIsDiscardedAtStartup() throws SQLException {
    long campaign = 777_001;
    long[] ids =
        store.createListAndJob(
            campaign, "crashed", "DK", DuplicatePolicy.SKIP, "big.csv", "admin", Instant.now());
    store.markRunning(ids[1], "CSV UTF-8 comma", Instant.now());
    try (Connection c = dataSource.getConnection();
        PreparedStatement lead =
            c.prepareStatement(
                "INSERT INTO lead (list_id, campaign_id, line_number, country, phone_e164,"
                    + " phone_kind, phone_type, time_zone_source, status, next_call_at,"
                    + " created_at) VALUES (?, ?, 2, 'DK', '+4520123456', 'MOBILE', 'MOBILE',"
                    + " 'NUMBER', 'READY', ?, ?)")) {
      lead.setLong(1, ids[0]);
      lead.setLong(2, campaign);
      lead.setTimestamp(3, Timestamp.from(Instant.now()));
      lead.setTimestamp(4, Timestamp.from(Instant.now()));
      lead.executeUpdate();
    }

    service.recoverAtStartup(null);

    assertThat(count("SELECT COUNT(*) FROM lead WHERE campaign_id = ?", campaign)).isZero();
    assertThat(count("SELECT COUNT(*) FROM lead_list WHERE campaign_id = ?", campaign)).isZero();
    try (Connection c = dataSource.getConnection();
        PreparedStatement query =
            c.prepareStatement("SELECT state, problem, list_id FROM lead_import WHERE id = ?")) {
      query.setLong(1, ids[1]);
      try (ResultSet row = query.executeQuery()) {
        assertThat(row.next()).isTrue();
        assertThat(row.getString(1)).isEqualTo("FAILED");
        assertThat(row.getString(2)).contains("stopped before the import finished");
        assertThat(row.getObject(3)).isNull();
      }
    }
  }

  private long count(String sql, long id) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement query = c.prepareStatement(sql)) {
      query.setLong(1, id);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
