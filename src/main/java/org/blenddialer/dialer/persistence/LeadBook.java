package org.blenddialer.dialer.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.blenddialer.core.campaign.AttemptOutcome;
import org.blenddialer.core.campaign.LeadAttempts;
import org.blenddialer.core.campaign.LeadNext;
import org.blenddialer.core.compliance.AbandonFigures;
import org.blenddialer.core.compliance.PastAttempt;
import org.blenddialer.core.compliance.PolicyPack.AbandonWindow;

/**
 * The dialer's writes to leads and the reads it needs around a dial. A lead is only moved on while
 * it is DIALING for the attempt in question, so a late or repeated event cannot move a lead that
 * has already gone on.
 */
@ApplicationScoped
public class LeadBook {

  private final DataSource db;

  LeadBook(DataSource db) {
    this.db = db;
  }

  /** What an attempt's end needs to know of its lead. */
  public record LeadCounts(int attempts, int attemptsToday, LocalDate attemptsDay, ZoneId zone) {}

  /** The lead's time zone (UTC when it has none). */
  public ZoneId zoneOf(long leadId) {
    LeadCounts c = counts(leadId);
    return c == null ? ZoneOffset.UTC : c.zone();
  }

  /** The lead's counters and zone (UTC when it has none). */
  public LeadCounts counts(long leadId) {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT attempts, attempts_today, attempts_day, time_zone FROM lead WHERE id = ?")) {
      s.setLong(1, leadId);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return null;
        }
        Date day = r.getDate(3);
        return new LeadCounts(
            r.getInt(1), r.getInt(2), day == null ? null : day.toLocalDate(), zone(r.getString(4)));
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** Attempts of the lead per outcome, closed ones only. */
  public Map<AttemptOutcome, Integer> outcomes(long leadId) {
    Map<AttemptOutcome, Integer> out = new EnumMap<>(AttemptOutcome.class);
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT outcome, COUNT(*) FROM call_attempt WHERE lead_id = ?"
                    + " AND outcome IS NOT NULL GROUP BY outcome")) {
      s.setLong(1, leadId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String o = r.getString(1);
          // UNKNOWN attempts are retried under the FAILED rule, so they count as FAILED.
          String name = AttemptStore.UNKNOWN.equals(o) ? "FAILED" : o;
          try {
            out.merge(AttemptOutcome.valueOf(name), r.getInt(2), Integer::sum);
          } catch (IllegalArgumentException notAnAttempt) {
            // NOT_DIALED: nothing was dialed, so it counts against no limit.
          }
        }
      }
    } catch (SQLException e) {
      throw failure(e);
    }
    return out;
  }

  /** The counts the retry rules see after this attempt, in the lead's zone. */
  public static LeadAttempts afterAttempt(
      LeadCounts lead, Map<AttemptOutcome, Integer> outcomes, Instant endedAt) {
    LocalDate today = endedAt.atZone(lead.zone()).toLocalDate();
    int todayCount = today.equals(lead.attemptsDay()) ? lead.attemptsToday() + 1 : 1;
    int total = lead.attempts() + 1;
    return new LeadAttempts(total, Math.min(todayCount, total), outcomes);
  }

  /** Moves the lead on after a dialed attempt: counters, last outcome, status and next call. */
  public boolean afterAttempt(
      long leadId,
      long attemptId,
      LeadAttempts counts,
      LeadNext next,
      String outcome,
      Instant at,
      ZoneId zone) {
    return update(
        "UPDATE lead SET status = ?, next_call_at = COALESCE(?, next_call_at), attempts = ?,"
            + " attempts_today = ?, attempts_day = ?, last_attempt_at = ?, last_outcome = ?,"
            + " version = version + 1 WHERE id = ? AND status = 'DIALING' AND last_attempt_id = ?",
        next.status().name(),
        AttemptStore.ts(next.nextCallAt()),
        counts.total(),
        counts.today(),
        Date.valueOf(at.atZone(zone).toLocalDate()),
        AttemptStore.ts(at),
        outcome,
        leadId,
        attemptId);
  }

  /** Moves the lead on after a claim that was not dialed: no attempt counts. */
  public boolean notDialed(long leadId, long attemptId, LeadNext next, String why) {
    return update(
        "UPDATE lead SET status = ?, next_call_at = COALESCE(?, next_call_at), last_outcome = ?,"
            + " version = version + 1 WHERE id = ? AND status = 'DIALING' AND last_attempt_id = ?",
        next.status().name(),
        AttemptStore.ts(next.nextCallAt()),
        truncate(why, 32),
        leadId,
        attemptId);
  }

  /** Sets a finished or waiting lead's status after an agent's word (disposition, callback). */
  public boolean setStatus(long leadId, long attemptId, String status, Instant nextCallAt) {
    return update(
        "UPDATE lead SET status = ?, next_call_at = COALESCE(?, next_call_at),"
            + " version = version + 1 WHERE id = ? AND last_attempt_id = ? AND status <> 'DIALING'",
        status,
        AttemptStore.ts(nextCallAt),
        leadId,
        attemptId);
  }

  /** Records a callback request (the lead's status is set with {@link #setStatus}). */
  public void addCallback(
      long leadId,
      long campaignId,
      long attemptId,
      Instant dueAt,
      String localTime,
      String zone,
      Long agentId,
      String setBy,
      Instant now) {
    update(
        "INSERT INTO lead_callback (lead_id, campaign_id, attempt_id, due_at, local_time,"
            + " time_zone, agent_id, set_by, set_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        leadId,
        campaignId,
        attemptId,
        AttemptStore.ts(dueAt),
        localTime,
        zone,
        agentId,
        setBy,
        AttemptStore.ts(now));
  }

  /**
   * A callback as recorded.
   *
   * @param dueAt when it is due
   * @param localTime the local date-time the agent gave, in the lead's zone
   * @param timeZone the lead's zone
   * @param agentId the one agent who makes it, or null for anyone
   */
  public record ScheduledCallback(Instant dueAt, String localTime, String timeZone, Long agentId) {}

  /** The newest callback scheduled after an attempt, or null. */
  public ScheduledCallback callbackAfter(long leadId, long attemptId) {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT due_at, local_time, time_zone, agent_id FROM lead_callback"
                    + " WHERE lead_id = ? AND attempt_id = ? ORDER BY id DESC LIMIT 1")) {
      s.setLong(1, leadId);
      s.setLong(2, attemptId);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return null;
        }
        return new ScheduledCallback(
            AttemptStore.instant(r.getTimestamp(1)),
            r.getString(2),
            r.getString(3),
            (Long) r.getObject(4, Long.class));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("callback could not be read: " + e.getMessage(), e);
    }
  }

  /** The person's attempts over the last 31 days, for caps and lockouts. */
  public List<PastAttempt> history(long leadId, Instant now) {
    List<PastAttempt> out = new ArrayList<>();
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT dialed_at, phone_e164, campaign_id, outcome, dropped FROM call_attempt"
                    + " WHERE lead_id = ? AND dialed_at IS NOT NULL AND dialed_at > ?")) {
      AttemptStore.bind(s, leadId, AttemptStore.ts(now.minusSeconds(31L * 86400)));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(
              new PastAttempt(
                  r.getTimestamp(1).toInstant(),
                  r.getString(2),
                  String.valueOf(r.getLong(3)),
                  "",
                  complianceOutcome(r.getString(4), r.getBoolean(5))));
        }
      }
    } catch (SQLException e) {
      throw failure(e);
    }
    return out;
  }

  /** The campaign's live answers and dropped calls per abandon window. */
  public List<AbandonFigures> abandonFigures(long campaignId, Instant now) {
    Instant dayStart =
        now.atZone(ZoneOffset.UTC).toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant();
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT COALESCE(SUM(CASE WHEN answered_at >= ? THEN 1 ELSE 0 END), 0),"
                    + " COALESCE(SUM(CASE WHEN answered_at >= ? AND dropped THEN 1 ELSE 0 END), 0),"
                    + " COUNT(*), COALESCE(SUM(CASE WHEN dropped THEN 1 ELSE 0 END), 0)"
                    + " FROM call_attempt WHERE campaign_id = ? AND queued_at >= ?"
                    + " AND answered_at IS NOT NULL AND (amd_verdict IS NULL"
                    + " OR amd_verdict <> 'MACHINE')")) {
      AttemptStore.bind(
          s,
          AttemptStore.ts(dayStart),
          AttemptStore.ts(dayStart),
          campaignId,
          AttemptStore.ts(now.minusSeconds(30L * 86400)));
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return List.of(
            new AbandonFigures(AbandonWindow.CALENDAR_DAY, r.getLong(1), r.getLong(2), 0),
            new AbandonFigures(AbandonWindow.ROLLING_30_DAYS, r.getLong(3), r.getLong(4), 0));
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  static org.blenddialer.core.compliance.AttemptOutcome complianceOutcome(
      String outcome, boolean dropped) {
    if (dropped) {
      return org.blenddialer.core.compliance.AttemptOutcome.ABANDONED;
    }
    if (outcome == null) {
      return org.blenddialer.core.compliance.AttemptOutcome.NO_ANSWER;
    }
    return switch (outcome) {
      case "CONNECTED" -> org.blenddialer.core.compliance.AttemptOutcome.LIVE;
      case "BUSY" -> org.blenddialer.core.compliance.AttemptOutcome.BUSY;
      case "MACHINE" -> org.blenddialer.core.compliance.AttemptOutcome.MACHINE;
      case "CONGESTION", "FAILED" -> org.blenddialer.core.compliance.AttemptOutcome.CONGESTION;
      case "ABANDONED" -> org.blenddialer.core.compliance.AttemptOutcome.ABANDONED;
      default -> org.blenddialer.core.compliance.AttemptOutcome.NO_ANSWER;
    };
  }

  static ZoneId zone(String id) {
    try {
      return id == null ? ZoneOffset.UTC : ZoneId.of(id);
    } catch (RuntimeException e) {
      return ZoneOffset.UTC;
    }
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  private boolean update(String sql, Object... args) {
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      AttemptStore.bind(s, args);
      return s.executeUpdate() == 1;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private static IllegalStateException failure(SQLException e) {
    return new IllegalStateException("lead could not be read or written: " + e.getMessage(), e);
  }
}
