package org.blenddialer.dialer.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Claims due leads for dialing. In one transaction: the campaign's ACTIVE lists, then the due leads
 * in index order with {@code FOR UPDATE SKIP LOCKED} (due callbacks first, then READY leads), an
 * attempt row per lead and the lead marked DIALING with that attempt's id; the commit comes before
 * anything is dialed, so two claimers (threads or service instances) never get the same lead and a
 * lead is never dialed twice for one attempt.
 */
@ApplicationScoped
public class Hopper {

  private final DataSource db;

  Hopper(DataSource db) {
    this.db = db;
  }

  /** How the claimed leads are going to be dialed, stored on each attempt. */
  public record Launch(
      long campaignId,
      String server,
      String callerId,
      String dialMode,
      String pacingPolicy,
      String pacingDetail,
      Long previewAgentId) {}

  /** A claimed lead with its new attempt. */
  public record Claimed(
      long attemptId,
      long leadId,
      int attemptNumber,
      String phone,
      String name,
      String country,
      String timeZone,
      String timeZoneSource,
      String customFields) {}

  /**
   * Claims up to {@code limit} due leads of the campaign; with an agent, that agent's own due
   * callbacks come first.
   */
  public List<Claimed> claim(Launch launch, int limit, Instant now) {
    if (limit <= 0) {
      return List.of();
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return claimOnce(launch, limit, now);
      } catch (IllegalStateException e) {
        // InnoDB may pick two concurrent claims as deadlock victims (index entries of leads that
        // change status); the victim's transaction was rolled back whole, so it simply tries again.
        if (!(e.getCause() instanceof SQLTransactionRollbackException) || attempt >= 5) {
          throw e;
        }
      }
    }
  }

  private List<Claimed> claimOnce(Launch launch, int limit, Instant now) {
    try (Connection c = db.getConnection()) {
      int isolation = c.getTransactionIsolation();
      // READ COMMITTED: the claim's locking reads lock the rows they return and no gaps, so one
      // claimer's scan never blocks another's lead moving to DIALING in the same index (under
      // REPEATABLE READ those gap locks made concurrent claims deadlock).
      c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      c.setAutoCommit(false);
      try {
        List<Long> lists = activeLists(c, launch.campaignId());
        List<Long> ids = new ArrayList<>();
        if (!lists.isEmpty()) {
          if (launch.previewAgentId() != null) {
            ids.addAll(ownCallbacks(c, launch, lists, now, limit));
          }
          ids.addAll(due(c, launch.campaignId(), "CALLBACK", lists, now, limit - ids.size()));
          ids.addAll(due(c, launch.campaignId(), "READY", lists, now, limit - ids.size()));
        }
        List<Claimed> claimed = ids.isEmpty() ? List.of() : mark(c, launch, ids, now);
        c.commit();
        return claimed;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
        c.setTransactionIsolation(isolation);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the hopper could not claim leads: " + e.getMessage(), e);
    }
  }

  /** Due leads the campaign could dial now, counted up to {@code atMost}. */
  public int dueCount(long campaignId, Instant now, int atMost) {
    try (Connection c = db.getConnection()) {
      List<Long> lists = activeLists(c, campaignId);
      if (lists.isEmpty()) {
        return 0;
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT COUNT(*) FROM (SELECT id FROM lead FORCE INDEX (ix_lead_hopper)"
                  + " WHERE campaign_id = ? AND status IN ('READY', 'CALLBACK')"
                  + " AND next_call_at <= ? AND list_id IN ("
                  + ids(lists)
                  + ") LIMIT ?) due")) {
        AttemptStore.bind(s, campaignId, AttemptStore.ts(now), atMost);
        try (ResultSet r = s.executeQuery()) {
          r.next();
          return r.getInt(1);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the hopper could not count leads: " + e.getMessage(), e);
    }
  }

  private static List<Long> activeLists(Connection c, long campaignId) throws SQLException {
    List<Long> lists = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement("SELECT id FROM lead_list WHERE campaign_id = ? AND state = 'ACTIVE'")) {
      s.setLong(1, campaignId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          lists.add(r.getLong(1));
        }
      }
    }
    return lists;
  }

  private static List<Long> due(
      Connection c, long campaignId, String status, List<Long> lists, Instant now, int limit)
      throws SQLException {
    if (limit <= 0) {
      return List.of();
    }
    // The list ids are numbers read from the database just before, so writing them into the
    // statement is safe; it keeps the claim one index range scan.
    String sql =
        "SELECT id FROM lead FORCE INDEX (ix_lead_hopper) WHERE campaign_id = ? AND status = ?"
            + " AND next_call_at <= ? AND list_id IN ("
            + ids(lists)
            + ") ORDER BY priority DESC, next_call_at LIMIT ? FOR UPDATE SKIP LOCKED";
    return longs(c, sql, campaignId, status, AttemptStore.ts(now), limit);
  }

  private static List<Long> ownCallbacks(
      Connection c, Launch launch, List<Long> lists, Instant now, int limit) throws SQLException {
    String sql =
        "SELECT l.id FROM lead l WHERE l.campaign_id = ? AND l.status = 'CALLBACK_AGENT'"
            + " AND l.next_call_at <= ? AND l.list_id IN ("
            + ids(lists)
            + ") AND EXISTS (SELECT 1 FROM lead_callback cb WHERE cb.lead_id = l.id"
            + " AND cb.agent_id = ?) ORDER BY l.next_call_at LIMIT ? FOR UPDATE SKIP LOCKED";
    return longs(c, sql, launch.campaignId(), AttemptStore.ts(now), launch.previewAgentId(), limit);
  }

  private static List<Claimed> mark(Connection c, Launch launch, List<Long> ids, Instant now)
      throws SQLException {
    java.util.Map<Long, Claimed> byId = new java.util.HashMap<>();
    try (PreparedStatement read =
            c.prepareStatement(
                "SELECT id, attempts, phone_e164, name, country, time_zone, time_zone_source,"
                    + " custom_fields FROM lead WHERE id IN ("
                    + ids(ids)
                    + ")");
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO call_attempt (lead_id, campaign_id, attempt_number, phone_e164,"
                    + " caller_id, server, dial_mode, pacing_policy, pacing_detail,"
                    + " preview_agent_id, queued_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS);
        PreparedStatement dialing =
            c.prepareStatement(
                "UPDATE lead SET status = 'DIALING', last_attempt_id = ?, version = version + 1"
                    + " WHERE id = ?")) {
      try (ResultSet r = read.executeQuery()) {
        while (r.next()) {
          long leadId = r.getLong(1);
          int number = r.getInt(2) + 1;
          String phone = r.getString(3);
          AttemptStore.bind(
              insert,
              leadId,
              launch.campaignId(),
              number,
              phone,
              launch.callerId(),
              launch.server(),
              launch.dialMode(),
              launch.pacingPolicy(),
              launch.pacingDetail(),
              launch.previewAgentId(),
              AttemptStore.ts(now));
          insert.executeUpdate();
          long attemptId;
          try (ResultSet keys = insert.getGeneratedKeys()) {
            keys.next();
            attemptId = keys.getLong(1);
          }
          dialing.setLong(1, attemptId);
          dialing.setLong(2, leadId);
          dialing.executeUpdate();
          byId.put(
              leadId,
              new Claimed(
                  attemptId,
                  leadId,
                  number,
                  phone,
                  r.getString(4),
                  r.getString(5),
                  r.getString(6),
                  r.getString(7),
                  r.getString(8)));
        }
      }
    }
    // In claim order: callbacks first, then by priority and due time.
    List<Claimed> claimed = new ArrayList<>(ids.size());
    for (Long id : ids) {
      Claimed lead = byId.get(id);
      if (lead != null) {
        claimed.add(lead);
      }
    }
    return claimed;
  }

  private static List<Long> longs(Connection c, String sql, Object... args) throws SQLException {
    List<Long> out = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      AttemptStore.bind(s, args);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(r.getLong(1));
        }
      }
    }
    return out;
  }

  private static String ids(List<Long> ids) {
    StringBuilder sb = new StringBuilder();
    for (Long id : ids) {
      if (sb.length() > 0) {
        sb.append(',');
      }
      sb.append(id.longValue());
    }
    return sb.toString();
  }
}
