package org.blenddialer.dialer.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A campaign's figures broken down for its dashboard: per time window, per agent, and its leads by
 * where they stand (the funnel). Read from {@code call_attempt} and {@code lead}, like {@link
 * CampaignFigures}, with the same meanings (live answer, connect, conversion, abandon).
 */
@ApplicationScoped
public class CampaignBreakdown {

  private static final String LIVE =
      "CASE WHEN a.answered_at IS NOT NULL AND (a.amd_verdict IS NULL OR a.amd_verdict <>"
          + " 'MACHINE') THEN 1 ELSE 0 END";
  private static final String CONNECTED = "CASE WHEN a.connected_at IS NOT NULL THEN 1 ELSE 0 END";
  private static final String CONVERTED = "CASE WHEN d.meaning = 'SUCCESS' THEN 1 ELSE 0 END";
  private static final String DROPPED = "CASE WHEN a.dropped THEN 1 ELSE 0 END";

  private final DataSource db;

  CampaignBreakdown(DataSource db) {
    this.db = db;
  }

  /**
   * One time window's figures (attempts by the time they were dialed).
   *
   * @param from the window's start
   * @param dials attempts dialed
   * @param liveAnswers answered by a person
   * @param connected connected to an agent
   * @param conversions attempts with a SUCCESS disposition
   * @param abandoned live answers dropped
   */
  public record Window(
      Instant from,
      long dials,
      long liveAnswers,
      long connected,
      long conversions,
      long abandoned) {

    /** Connected / dials, 0 without dials. */
    public double connectRate() {
      return dials == 0 ? 0 : (double) connected / dials;
    }

    /** Abandoned / live answers, or null when nobody answered (no rate to speak of). */
    public Double abandonRate() {
      return liveAnswers == 0 ? null : (double) abandoned / liveAnswers;
    }
  }

  /**
   * One agent's results on the campaign. An attempt counts for the agent who took the call or, when
   * nobody took it, for the agent who previewed and dialed it.
   *
   * @param agentId the agent
   * @param agentName the agent's display name
   * @param calls attempts dialed
   * @param connected calls the agent talked on
   * @param conversions attempts with a SUCCESS disposition
   * @param talkSeconds talk time
   */
  public record AgentResult(
      long agentId,
      String agentName,
      long calls,
      long connected,
      long conversions,
      long talkSeconds) {}

  /**
   * A campaign's leads by where they stand now (superseded duplicates are left out).
   *
   * @param fresh ready and never attempted
   * @param inProgress attempted and due again, or being dialed
   * @param done finished with a result
   * @param exhausted out of attempts
   * @param callbacks waiting for a scheduled callback
   * @param blocked not to be called (do-not-call, or compliance does not allow it)
   */
  public record Funnel(
      long fresh, long inProgress, long done, long exhausted, long callbacks, long blocked) {

    /** All the leads counted. */
    public long total() {
      return fresh + inProgress + done + exhausted + callbacks + blocked;
    }
  }

  /**
   * The campaign's figures per window of {@code interval} from {@code from} until {@code to}, every
   * window listed (empty ones with zeros), oldest first.
   */
  public List<Window> windows(long campaignId, Instant from, Instant to, Duration interval) {
    long seconds = interval.toSeconds();
    if (seconds <= 0 || !to.isAfter(from)) {
      throw new IllegalArgumentException("an interval and a period are needed");
    }
    int count = (int) ((Duration.between(from, to).toSeconds() + seconds - 1) / seconds);
    long[][] sums = new long[count][5];
    String sql =
        "SELECT FLOOR(TIMESTAMPDIFF(SECOND, ?, a.dialed_at) / ?) AS slot, COUNT(*), SUM("
            + LIVE
            + "), SUM("
            + CONNECTED
            + "), SUM("
            + CONVERTED
            + "), SUM("
            + DROPPED
            + ") FROM call_attempt a LEFT JOIN disposition d ON d.code = a.disposition"
            + " WHERE a.campaign_id = ? AND a.dialed_at >= ? AND a.dialed_at < ? GROUP BY slot";
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setTimestamp(1, Timestamp.from(from));
      s.setLong(2, seconds);
      s.setLong(3, campaignId);
      s.setTimestamp(4, Timestamp.from(from));
      s.setTimestamp(5, Timestamp.from(to));
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          int slot = (int) r.getLong(1);
          if (slot >= 0 && slot < count) {
            for (int i = 0; i < 5; i++) {
              sums[slot][i] += r.getLong(i + 2);
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("campaign windows could not be read: " + e.getMessage(), e);
    }
    List<Window> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      long[] w = sums[i];
      out.add(new Window(from.plus(interval.multipliedBy(i)), w[0], w[1], w[2], w[3], w[4]));
    }
    return out;
  }

  /** Each agent's results on the campaign's attempts dialed in the period, by name. */
  public List<AgentResult> agents(long campaignId, Instant from, Instant to) {
    String sql =
        "SELECT g.id, g.display_name, COUNT(*), SUM("
            + CONNECTED
            + "), SUM("
            + CONVERTED
            + "), COALESCE(SUM(a.talk_seconds), 0)"
            + " FROM call_attempt a LEFT JOIN disposition d ON d.code = a.disposition"
            + " JOIN agent g ON g.id = COALESCE(a.agent_id, a.preview_agent_id)"
            + " WHERE a.campaign_id = ? AND a.dialed_at >= ? AND a.dialed_at < ?"
            + " GROUP BY g.id, g.display_name ORDER BY g.display_name, g.id";
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, campaignId);
      s.setTimestamp(2, Timestamp.from(from));
      s.setTimestamp(3, Timestamp.from(to));
      List<AgentResult> out = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(
              new AgentResult(
                  r.getLong(1),
                  r.getString(2),
                  r.getLong(3),
                  r.getLong(4),
                  r.getLong(5),
                  r.getLong(6)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("agent results could not be read: " + e.getMessage(), e);
    }
  }

  /** The campaign's leads by where they stand now. */
  public Funnel funnel(long campaignId) {
    long fresh = 0;
    long inProgress = 0;
    long done = 0;
    long exhausted = 0;
    long callbacks = 0;
    long blocked = 0;
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT status, CASE WHEN attempts = 0 THEN 1 ELSE 0 END, COUNT(*) FROM lead"
                    + " WHERE campaign_id = ? GROUP BY status, CASE WHEN attempts = 0 THEN 1"
                    + " ELSE 0 END")) {
      s.setLong(1, campaignId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String status = r.getString(1);
          boolean never = r.getInt(2) == 1;
          long n = r.getLong(3);
          switch (status) {
            case "READY" -> {
              if (never) {
                fresh += n;
              } else {
                inProgress += n;
              }
            }
            case "DIALING" -> inProgress += n;
            case "DONE" -> done += n;
            case "EXHAUSTED" -> exhausted += n;
            case "CALLBACK", "CALLBACK_AGENT" -> callbacks += n;
            case "BLOCKED", "DO_NOT_CALL" -> blocked += n;
            default -> {
              // SUPERSEDED: a duplicate replaced by a newer lead, not part of the campaign's work
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("lead funnel could not be read: " + e.getMessage(), e);
    }
    return new Funnel(fresh, inProgress, done, exhausted, callbacks, blocked);
  }
}
