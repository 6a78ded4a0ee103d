package org.blenddialer.dialer.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Writes an ACTIVE list of READY German leads straight into the tables, for dialer tests. */
public final class Leads {

  private Leads() {}

  /** A list of {@code count} leads due at {@code due}; returns their ids in line order. */
  public static List<Long> list(DataSource db, long campaign, int count, Instant due)
      throws SQLException {
    Instant now = Instant.now();
    List<Long> ids = new ArrayList<>();
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      long list;
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO lead_list (campaign_id, name, default_country, duplicate_policy, state,"
                  + " lead_count, created_by, created_at, activated_at) VALUES (?, 'dialer test',"
                  + " 'DE', 'SKIP', 'ACTIVE', ?, 'test', ?, ?)",
              Statement.RETURN_GENERATED_KEYS)) {
        s.setLong(1, campaign);
        s.setInt(2, count);
        s.setTimestamp(3, Timestamp.from(now));
        s.setTimestamp(4, Timestamp.from(now));
        s.executeUpdate();
        try (ResultSet k = s.getGeneratedKeys()) {
          k.next();
          list = k.getLong(1);
        }
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO lead (list_id, campaign_id, line_number, name, country, phone_e164,"
                  + " phone_kind, phone_type, time_zone, time_zone_source, status, priority,"
                  + " next_call_at, created_at, custom_fields) VALUES (?, ?, ?, ?, 'DE', ?, 'HOME',"
                  + " 'FIXED_LINE', 'Europe/Berlin', 'NUMBER', 'READY', ?, ?, ?, ?)",
              Statement.RETURN_GENERATED_KEYS)) {
        for (int i = 0; i < count; i++) {
          s.setLong(1, list);
          s.setLong(2, campaign);
          s.setLong(3, i + 2);
          s.setString(4, "Person " + i);
          s.setString(5, String.format("+4930%d%07d", campaign % 9 + 1, i));
          s.setInt(6, i % 3);
          s.setTimestamp(7, Timestamp.from(due));
          s.setTimestamp(8, Timestamp.from(now));
          s.setString(9, "{\"city\":\"Berlin\"}");
          s.executeUpdate();
          try (ResultSet k = s.getGeneratedKeys()) {
            k.next();
            ids.add(k.getLong(1));
          }
        }
      }
      c.commit();
    }
    return ids;
  }

  /** One lead to write: its zone (null for none), when it was imported, its priority. */
  public record Spec(String zone, Instant importedAt, int priority) {}

  /** An ACTIVE list of leads due at {@code due} as the specs say; returns their ids in order. */
  public static List<Long> of(DataSource db, long campaign, List<Spec> specs, Instant due)
      throws SQLException {
    List<Long> ids = list(db, campaign, specs.size(), due);
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "UPDATE lead SET time_zone = ?, created_at = ?, priority = ? WHERE id = ?")) {
      for (int i = 0; i < specs.size(); i++) {
        Spec spec = specs.get(i);
        s.setString(1, spec.zone());
        s.setTimestamp(2, Timestamp.from(spec.importedAt()));
        s.setInt(3, spec.priority());
        s.setLong(4, ids.get(i));
        s.executeUpdate();
      }
    }
    return ids;
  }

  /** How many of the campaign's leads are not yet done, exhausted, do-not-call or blocked. */
  public static int unfinished(DataSource db, long campaign) {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT COUNT(*) FROM lead WHERE campaign_id = ? AND status NOT IN"
                    + " ('DONE', 'EXHAUSTED', 'DO_NOT_CALL', 'BLOCKED')")) {
      s.setLong(1, campaign);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
