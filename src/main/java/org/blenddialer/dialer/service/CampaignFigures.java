package org.blenddialer.dialer.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/** A campaign's figures from its leads and call attempts. */
@ApplicationScoped
public class CampaignFigures {

  private final DataSource db;
  private final InstantSource clock;

  CampaignFigures(DataSource db, InstantSource clock) {
    this.db = db;
    this.clock = clock;
  }

  /**
   * A campaign's figures.
   *
   * @param leadsTotal leads in its lists
   * @param leadsRemaining leads not in a final status
   * @param leadsExhausted leads whose attempts ran out
   * @param dials attempts dialed in the period
   * @param liveAnswers answered by a person (not a machine)
   * @param connectRate connected to an agent / dials
   * @param conversions attempts with a SUCCESS disposition
   * @param conversionRate conversions / connected
   * @param abandoned live answers dropped (no agent within the answer window)
   * @param abandonRate abandoned / live answers
   * @param callsPerAgentHour connected calls per hour of agent talk and waiting, from attempts
   * @param talkSeconds agents' talk time on the campaign's calls
   */
  public record Figures(
      long campaignId,
      Instant from,
      Instant to,
      long leadsTotal,
      long leadsRemaining,
      long leadsExhausted,
      long dials,
      long liveAnswers,
      long connected,
      double connectRate,
      long conversions,
      double conversionRate,
      long abandoned,
      double abandonRate,
      double callsPerAgentHour,
      long talkSeconds) {}

  /** Figures for the period (default: today so far, UTC). */
  public Figures of(long campaignId, Instant from, Instant to) {
    Instant now = clock.instant();
    Instant start =
        from != null
            ? from
            : now.atZone(ZoneOffset.UTC).toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant end = to != null ? to : now;
    try (Connection c = db.getConnection()) {
      long total = 0;
      long remaining = 0;
      long exhausted = 0;
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT COUNT(*), COALESCE(SUM(CASE WHEN status IN ('READY', 'DIALING', 'CALLBACK',"
                  + " 'CALLBACK_AGENT') THEN 1 ELSE 0 END), 0), COALESCE(SUM(CASE WHEN status ="
                  + " 'EXHAUSTED' THEN 1 ELSE 0 END), 0) FROM lead WHERE campaign_id = ?")) {
        s.setLong(1, campaignId);
        try (ResultSet r = s.executeQuery()) {
          r.next();
          total = r.getLong(1);
          remaining = r.getLong(2);
          exhausted = r.getLong(3);
        }
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT COUNT(*),"
                  + " COALESCE(SUM(CASE WHEN a.answered_at IS NOT NULL AND (a.amd_verdict IS NULL"
                  + " OR a.amd_verdict <> 'MACHINE') THEN 1 ELSE 0 END), 0),"
                  + " COALESCE(SUM(CASE WHEN a.connected_at IS NOT NULL THEN 1 ELSE 0 END), 0),"
                  + " COALESCE(SUM(CASE WHEN d.meaning = 'SUCCESS' THEN 1 ELSE 0 END), 0),"
                  + " COALESCE(SUM(CASE WHEN a.dropped THEN 1 ELSE 0 END), 0),"
                  + " COALESCE(SUM(a.talk_seconds), 0)"
                  + " FROM call_attempt a LEFT JOIN disposition d ON d.code = a.disposition"
                  + " WHERE a.campaign_id = ? AND a.dialed_at >= ? AND a.dialed_at < ?")) {
        s.setLong(1, campaignId);
        s.setTimestamp(2, Timestamp.from(start));
        s.setTimestamp(3, Timestamp.from(end));
        try (ResultSet r = s.executeQuery()) {
          r.next();
          long dials = r.getLong(1);
          long live = r.getLong(2);
          long connected = r.getLong(3);
          long conversions = r.getLong(4);
          long abandoned = r.getLong(5);
          long talk = r.getLong(6);
          return new Figures(
              campaignId,
              start,
              end,
              total,
              remaining,
              exhausted,
              dials,
              live,
              connected,
              ratio(connected, dials),
              conversions,
              ratio(conversions, connected),
              abandoned,
              ratio(abandoned, live),
              talk == 0 ? 0 : connected * 3600.0 / talk,
              talk);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("campaign figures could not be read: " + e.getMessage(), e);
    }
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
