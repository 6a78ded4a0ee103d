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
import org.blenddialer.core.campaign.CallingHours;
import org.blenddialer.core.campaign.LeadOrder;
import org.blenddialer.core.campaign.ZoneOrder;

/**
 * Claims due leads for dialing. In one transaction: the campaign's ACTIVE lists, then the due leads
 * in index order with {@code FOR UPDATE SKIP LOCKED} (due callbacks first, then READY leads in the
 * campaign's lead order: priority, oldest first or time-zone aware), an attempt row per lead and
 * the lead marked DIALING with that attempt's id; the commit comes before anything is dialed, so
 * two claimers (threads or service instances) never get the same lead and a lead is never dialed
 * twice for one attempt.
 */
@ApplicationScoped
public class Hopper {

  private final DataSource db;

  Hopper(DataSource db) {
    this.db = db;
  }

  /**
   * How the claimed leads are going to be dialed, stored on each attempt, and in which order new
   * leads are taken (the campaign's lead order; its calling hours for the time-zone aware order).
   */
  public record Launch(
      long campaignId,
      String server,
      String callerId,
      String dialMode,
      String pacingPolicy,
      String pacingDetail,
      Long previewAgentId,
      LeadOrder order,
      CallingHours hours) {

    public Launch {
      order = order == null ? LeadOrder.PRIORITY : order;
      if (order == LeadOrder.TIME_ZONE_AWARE && hours == null) {
        throw new IllegalArgumentException("the time-zone aware order needs calling hours");
      }
    }

    /** A launch in priority order. */
    public Launch(
        long campaignId,
        String server,
        String callerId,
        String dialMode,
        String pacingPolicy,
        String pacingDetail,
        Long previewAgentId) {
      this(
          campaignId,
          server,
          callerId,
          dialMode,
          pacingPolicy,
          pacingDetail,
          previewAgentId,
          LeadOrder.PRIORITY,
          null);
    }
  }

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
          ids.addAll(ready(c, launch, lists, now, limit - ids.size()));
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

  /**
   * New leads in the campaign's order. Each query is one range scan of an index whose order is the
   * wanted order, so the LIMIT stops the scan early and SKIP LOCKED passes over other claimers'
   * rows without locking the rest of the range.
   */
  private static List<Long> ready(
      Connection c, Launch launch, List<Long> lists, Instant now, int limit) throws SQLException {
    if (limit <= 0) {
      return List.of();
    }
    long campaign = launch.campaignId();
    String due = " AND next_call_at <= ? AND list_id IN (" + ids(lists) + ")";
    switch (launch.order()) {
      case OLDEST_FIRST -> {
        // Index (campaign_id, status, created_at) carries the primary key after created_at: the
        // import time, then the order the rows were inserted in.
        String sql =
            "SELECT id FROM lead FORCE INDEX (ix_lead_hopper_oldest) WHERE campaign_id = ?"
                + " AND status = 'READY'"
                + due
                + " ORDER BY created_at, id LIMIT ? FOR UPDATE SKIP LOCKED";
        return longs(c, sql, campaign, AttemptStore.ts(now), limit);
      }
      case TIME_ZONE_AWARE -> {
        List<Long> out = new ArrayList<>();
        for (String zone : ZoneOrder.openByClosing(launch.hours(), zones(c, campaign), now)) {
          if (out.size() >= limit) {
            break;
          }
          String sql =
              "SELECT id FROM lead FORCE INDEX (ix_lead_hopper_zone) WHERE campaign_id = ?"
                  + " AND status = 'READY' AND "
                  + (zone == null ? "time_zone IS NULL" : "time_zone = ?")
                  + due
                  + " ORDER BY priority DESC, next_call_at LIMIT ? FOR UPDATE SKIP LOCKED";
          out.addAll(
              zone == null
                  ? longs(c, sql, campaign, AttemptStore.ts(now), limit - out.size())
                  : longs(c, sql, campaign, zone, AttemptStore.ts(now), limit - out.size()));
        }
        return out;
      }
      default -> {
        return due(c, campaign, "READY", lists, now, limit);
      }
    }
  }

  /**
   * The distinct zones of the campaign's READY leads, read by skipping through the zone index (one
   * seek per zone, not a scan of the leads), plus null when some lead has no zone.
   */
  private static List<String> zones(Connection c, long campaign) throws SQLException {
    List<String> zones = new ArrayList<>();
    String after = "";
    try (PreparedStatement next =
            c.prepareStatement(
                "SELECT MIN(time_zone) FROM lead FORCE INDEX (ix_lead_hopper_zone)"
                    + " WHERE campaign_id = ? AND status = 'READY' AND time_zone > ?");
        PreparedStatement none =
            c.prepareStatement(
                "SELECT 1 FROM lead FORCE INDEX (ix_lead_hopper_zone) WHERE campaign_id = ?"
                    + " AND status = 'READY' AND time_zone IS NULL LIMIT 1")) {
      while (true) {
        AttemptStore.bind(next, campaign, after);
        try (ResultSet r = next.executeQuery()) {
          String zone = r.next() ? r.getString(1) : null;
          if (zone == null) {
            break;
          }
          zones.add(zone);
          after = zone;
        }
      }
      none.setLong(1, campaign);
      try (ResultSet r = none.executeQuery()) {
        if (r.next()) {
          zones.add(null);
        }
      }
    }
    return zones;
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
    // In claim order: callbacks first, then new leads in the campaign's order.
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
