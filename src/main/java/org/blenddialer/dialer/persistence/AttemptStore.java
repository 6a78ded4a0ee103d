package org.blenddialer.dialer.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The call_attempt rows: inserted once by the hopper, then each later field written at most once.
 * Every update matches only while its field is still empty (and, for the closing fields, while the
 * attempt is open), so a repeated or late event changes nothing and reports false.
 */
@ApplicationScoped
public class AttemptStore {

  /** Outcome of a claimed lead that was never dialed (refused, skipped, PBX down). */
  public static final String NOT_DIALED = "NOT_DIALED";

  /** Outcome of an attempt found open after a crash that the PBX no longer knows. */
  public static final String UNKNOWN = "UNKNOWN";

  private final DataSource db;

  AttemptStore(DataSource db) {
    this.db = db;
  }

  /** An attempt as stored. */
  public record AttemptRow(
      long id,
      long leadId,
      long campaignId,
      int attemptNumber,
      String phone,
      String server,
      String dialMode,
      Long previewAgentId,
      Instant queuedAt,
      Instant dialedAt,
      Instant answeredAt,
      Instant connectedAt,
      Instant endedAt,
      String outcome,
      String amdVerdict,
      String callId,
      String channel,
      Long agentId,
      boolean dropped,
      String disposition) {}

  /** Records that the originate went out. */
  public boolean markDialed(long id, Instant at) {
    return update(
        "UPDATE call_attempt SET dialed_at = ? WHERE id = ? AND dialed_at IS NULL"
            + " AND ended_at IS NULL",
        ts(at),
        id);
  }

  /** Records the answer with the call's id and channel. */
  public boolean markAnswered(long id, Instant at, String callId, String channel) {
    return update(
        "UPDATE call_attempt SET answered_at = ?, call_id = ?, channel = ? WHERE id = ?"
            + " AND answered_at IS NULL AND ended_at IS NULL",
        ts(at),
        callId,
        channel,
        id);
  }

  /** Records the answering-machine detection's verdict. */
  public boolean markAmd(long id, String verdict) {
    return update(
        "UPDATE call_attempt SET amd_verdict = ? WHERE id = ? AND amd_verdict IS NULL",
        verdict,
        id);
  }

  /** Records that an agent took the call. */
  public boolean markConnected(long id, Instant at, Long agentId, String agentInterface) {
    return update(
        "UPDATE call_attempt SET connected_at = ?, agent_id = ?, agent_interface = ? WHERE id = ?"
            + " AND connected_at IS NULL AND ended_at IS NULL",
        ts(at),
        agentId,
        agentInterface,
        id);
  }

  /** Records that the live answer found no agent in time (a dropped, abandoned call). */
  public boolean markDropped(long id) {
    return update(
        "UPDATE call_attempt SET dropped = TRUE WHERE id = ? AND dropped = FALSE"
            + " AND connected_at IS NULL AND ended_at IS NULL",
        id);
  }

  /** Closes the attempt: only the first close counts; returns whether this one did. */
  public boolean close(long id, Instant endedAt, String outcome, String denyRule, Integer talk) {
    return update(
        "UPDATE call_attempt SET ended_at = ?, outcome = ?, deny_rule = ?, talk_seconds = ?"
            + " WHERE id = ? AND ended_at IS NULL",
        ts(endedAt),
        outcome,
        denyRule,
        talk,
        id);
  }

  /** Sets the agent's disposition, once. */
  public boolean setDisposition(long id, String code, String by, Instant at) {
    return update(
        "UPDATE call_attempt SET disposition = ?, disposition_by = ?, disposition_at = ?"
            + " WHERE id = ? AND disposition IS NULL",
        code,
        by,
        ts(at),
        id);
  }

  /** One attempt, or null. */
  public AttemptRow find(long id) {
    List<AttemptRow> rows = query("WHERE id = ?", id);
    return rows.isEmpty() ? null : rows.get(0);
  }

  /** Attempts not closed yet, oldest first. */
  public List<AttemptRow> open() {
    return query("WHERE ended_at IS NULL ORDER BY id");
  }

  /** A campaign's attempts, oldest first. */
  public List<AttemptRow> ofCampaign(long campaignId) {
    return query("WHERE campaign_id = ? ORDER BY id", campaignId);
  }

  /**
   * The agent's latest attempt that went out (one the agent took or previewed and dialed), or null:
   * what the desk shows after an outbound call, for its disposition.
   */
  public AttemptRow lastDialedBy(long agentId) {
    AttemptRow taken =
        first(
            query(
                "WHERE agent_id = ? AND dialed_at IS NOT NULL ORDER BY id DESC LIMIT 1", agentId));
    AttemptRow previewed =
        first(
            query(
                "WHERE preview_agent_id = ? AND dialed_at IS NOT NULL ORDER BY id DESC LIMIT 1",
                agentId));
    if (taken == null) {
      return previewed;
    }
    return previewed == null || taken.id() > previewed.id() ? taken : previewed;
  }

  private static AttemptRow first(List<AttemptRow> rows) {
    return rows.isEmpty() ? null : rows.get(0);
  }

  private List<AttemptRow> query(String where, Object... args) {
    String sql =
        "SELECT id, lead_id, campaign_id, attempt_number, phone_e164, server, dial_mode,"
            + " preview_agent_id, queued_at, dialed_at, answered_at, connected_at, ended_at,"
            + " outcome, amd_verdict, call_id, channel, agent_id, dropped, disposition"
            + " FROM call_attempt "
            + where;
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, args);
      List<AttemptRow> out = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(
              new AttemptRow(
                  r.getLong(1),
                  r.getLong(2),
                  r.getLong(3),
                  r.getInt(4),
                  r.getString(5),
                  r.getString(6),
                  r.getString(7),
                  (Long) r.getObject(8, Long.class),
                  instant(r.getTimestamp(9)),
                  instant(r.getTimestamp(10)),
                  instant(r.getTimestamp(11)),
                  instant(r.getTimestamp(12)),
                  instant(r.getTimestamp(13)),
                  r.getString(14),
                  r.getString(15),
                  r.getString(16),
                  r.getString(17),
                  (Long) r.getObject(18, Long.class),
                  r.getBoolean(19),
                  r.getString(20)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("call attempts could not be read: " + e.getMessage(), e);
    }
  }

  private boolean update(String sql, Object... args) {
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      bind(s, args);
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("call attempt could not be written: " + e.getMessage(), e);
    }
  }

  static void bind(PreparedStatement s, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      if (a == null) {
        s.setNull(i + 1, Types.NULL);
      } else {
        s.setObject(i + 1, a);
      }
    }
  }

  static Timestamp ts(Instant at) {
    return at == null ? null : Timestamp.from(at);
  }

  static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
