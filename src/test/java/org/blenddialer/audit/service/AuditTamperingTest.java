package org.blenddialer.audit.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tampering with the audit trail directly in the database (bypassing the service) is detected by
 * the verification, which names the first broken record. Every test puts the rows back.
 */
@QuarkusTest
class AuditTamperingTest {

  @Inject AuditTrail trail;
  @Inject DataSource dataSource;

  private long first;

  @BeforeEach
  void fiveRecords() {
    first = trail.append(AuditEntry.of("mette", "dnc.entry.added").phone("+4532123456"));
    for (int i = 0; i < 4; i++) {
      trail.append(
          AuditEntry.of("dialer", "dial.decision")
              .phone("+13055550123")
              .campaign("c1")
              .decision("ALLOWED")
              .detail("i", i));
    }
    assertThat(trail.verify().intact()).isTrue();
  }

  @Test
  void anUpdatedRecordIsNamed() throws SQLException {
    long target = first + 2;
    String actor = column(target, "actor");
    sql("UPDATE audit_record SET actor = 'mallory' WHERE seq = " + target);
    try {
      ChainVerification v = trail.verify();
      assertThat(v.intact()).isFalse();
      assertThat(v.firstBrokenSeq()).isEqualTo(target);
      assertThat(v.problem()).contains("changed");
    } finally {
      sql("UPDATE audit_record SET actor = '" + actor + "' WHERE seq = " + target);
    }
    assertThat(trail.verify().intact()).isTrue();
  }

  @Test
  void anUpdateWithARecomputedHashIsCaughtByTheNextLink() throws SQLException {
    long target = first + 1;
    Map<String, String> saved = row(target);
    sql(
        "UPDATE audit_record SET decision = 'DENIED', hash = '"
            + "f".repeat(64)
            + "' WHERE seq = "
            + target);
    try {
      ChainVerification v = trail.verify();
      assertThat(v.firstBrokenSeq()).isEqualTo(target);
    } finally {
      sql(
          "UPDATE audit_record SET decision = '"
              + saved.get("decision")
              + "', hash = '"
              + saved.get("hash")
              + "' WHERE seq = "
              + target);
    }
  }

  @Test
  void aDeletedRecordIsNamed() throws SQLException {
    long target = first + 3;
    Map<String, String> saved = row(target);
    sql("DELETE FROM audit_record WHERE seq = " + target);
    try {
      ChainVerification v = trail.verify();
      assertThat(v.intact()).isFalse();
      assertThat(v.firstBrokenSeq()).isEqualTo(target);
      assertThat(v.problem()).contains("missing");
    } finally {
      reinsert(saved);
    }
    assertThat(trail.verify().intact()).isTrue();
  }

  @Test
  void deletingTheNewestRecordIsDetectedThroughTheChainHead() throws SQLException {
    long last = first + 4;
    Map<String, String> saved = row(last);
    sql("DELETE FROM audit_record WHERE seq = " + last);
    try {
      ChainVerification v = trail.verify();
      assertThat(v.intact()).isFalse();
      assertThat(v.firstBrokenSeq()).isEqualTo(last);
    } finally {
      reinsert(saved);
    }
  }

  @Test
  void reorderedRecordsAreNamed() throws SQLException {
    long a = first + 1;
    long b = first + 2;
    swap(a, b);
    try {
      ChainVerification v = trail.verify();
      assertThat(v.intact()).isFalse();
      assertThat(v.firstBrokenSeq()).isEqualTo(a);
    } finally {
      swap(a, b);
    }
    assertThat(trail.verify().intact()).isTrue();
  }

  private void swap(long a, long b) throws SQLException {
    sql("UPDATE audit_record SET seq = -1 WHERE seq = " + a);
    sql("UPDATE audit_record SET seq = " + a + " WHERE seq = " + b);
    sql("UPDATE audit_record SET seq = " + b + " WHERE seq = -1");
  }

  private void sql(String statement) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(statement);
    }
  }

  private String column(long seq, String name) throws SQLException {
    return row(seq).get(name);
  }

  private Map<String, String> row(long seq) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT * FROM audit_record WHERE seq = ?")) {
      s.setLong(1, seq);
      try (ResultSet rs = s.executeQuery()) {
        assertThat(rs.next()).isTrue();
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
          row.put(rs.getMetaData().getColumnLabel(i).toLowerCase(), rs.getString(i));
        }
        return row;
      }
    }
  }

  private void reinsert(Map<String, String> row) throws SQLException {
    String columns = String.join(", ", row.keySet());
    String marks = String.join(", ", row.keySet().stream().map(k -> "?").toList());
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO audit_record (" + columns + ") VALUES (" + marks + ")")) {
      int i = 1;
      for (String value : row.values()) {
        s.setString(i++, value);
      }
      s.executeUpdate();
    }
  }
}
