package org.blenddialer.dialer.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.blenddialer.dialer.persistence.Leads;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's breakdowns of a campaign against the real database: attempts counted in the
 * window they were dialed in, results per agent, leads by where they stand.
 */
@QuarkusTest
class CampaignBreakdownTest {

  private static final AtomicLong CAMPAIGNS =
      new AtomicLong(890_000 + Math.floorMod(System.nanoTime(), 9_000));
  private static final Instant DAY = Instant.parse("2026-03-02T00:00:00Z");

  @Inject DataSource db;
  @Inject CampaignBreakdown breakdown;

  @Test
  void attemptsCountInTheHalfHourTheyWereDialedIn() throws SQLException {
    long campaign = CAMPAIGNS.incrementAndGet();
    long lead = Leads.list(db, campaign, 1, DAY).get(0);
    // 09:05 connected and sold, 09:10 answered and dropped, 09:20 no answer, 10:15 machine
    attempt(campaign, lead, "09:05", true, true, false, "SALE", null, 120, null);
    attempt(campaign, lead, "09:10", true, false, true, null, null, 0, null);
    attempt(campaign, lead, "09:20", false, false, false, null, null, 0, null);
    attempt(campaign, lead, "10:15", true, false, false, null, null, 0, "MACHINE");
    // dialed before the period: not counted
    attempt(campaign, lead, "08:59", true, true, false, null, null, 60, null);

    List<CampaignBreakdown.Window> windows =
        breakdown.windows(campaign, at("09:00"), at("10:30"), Duration.ofMinutes(30));

    assertThat(windows)
        .extracting(CampaignBreakdown.Window::from)
        .containsExactly(at("09:00"), at("09:30"), at("10:00"));
    CampaignBreakdown.Window first = windows.get(0);
    assertThat(first.dials()).isEqualTo(3);
    assertThat(first.liveAnswers()).isEqualTo(2);
    assertThat(first.connected()).isEqualTo(1);
    assertThat(first.conversions()).isEqualTo(1);
    assertThat(first.abandoned()).isEqualTo(1);
    assertThat(first.connectRate()).isEqualTo(1.0 / 3);
    assertThat(first.abandonRate()).isEqualTo(0.5);
    assertThat(windows.get(1).dials()).isZero();
    assertThat(windows.get(1).abandonRate()).as("no live answer, no rate").isNull();
    assertThat(windows.get(2).dials()).isEqualTo(1);
    assertThat(windows.get(2).liveAnswers()).as("a machine is no live answer").isZero();
  }

  @Test
  void eachAgentGetsTheCallsTheyTookOrPreviewedAndDialed() throws SQLException {
    long campaign = CAMPAIGNS.incrementAndGet();
    long lead = Leads.list(db, campaign, 1, DAY).get(0);
    long anna = agent("Anna Breakdown " + campaign);
    long bo = agent("Bo Breakdown " + campaign);
    attempt(campaign, lead, "09:00", true, true, false, "SALE", anna, 100, null);
    attempt(campaign, lead, "09:30", true, true, false, "NOT_INTERESTED", anna, 50, null);
    attempt(campaign, lead, "09:40", true, true, false, null, bo, 30, null);
    // bo previewed and dialed this one; nobody answered
    long previewed = attempt(campaign, lead, "09:50", false, false, false, null, null, 0, null);
    previewer(previewed, bo);

    List<CampaignBreakdown.AgentResult> results =
        breakdown.agents(campaign, at("00:00"), at("23:00"));

    assertThat(results).hasSize(2);
    CampaignBreakdown.AgentResult a = results.get(0);
    assertThat(a.agentId()).isEqualTo(anna);
    assertThat(a.calls()).isEqualTo(2);
    assertThat(a.connected()).isEqualTo(2);
    assertThat(a.conversions()).isEqualTo(1);
    assertThat(a.talkSeconds()).isEqualTo(150);
    CampaignBreakdown.AgentResult b = results.get(1);
    assertThat(b.agentName()).startsWith("Bo Breakdown");
    assertThat(b.calls()).isEqualTo(2);
    assertThat(b.connected()).isEqualTo(1);
    assertThat(b.conversions()).isZero();
    assertThat(b.talkSeconds()).isEqualTo(30);
  }

  @Test
  void theFunnelCountsLeadsByWhereTheyStand() throws SQLException {
    long campaign = CAMPAIGNS.incrementAndGet();
    List<Long> leads = Leads.list(db, campaign, 10, DAY);
    // leads 0-2 stay new; 3 attempted and due again; 4 dialing; 5 done; 6 exhausted;
    // 7 callback; 8 blocked; 9 on the do-not-call list
    lead(leads.get(3), "READY", 1);
    lead(leads.get(4), "DIALING", 1);
    lead(leads.get(5), "DONE", 1);
    lead(leads.get(6), "EXHAUSTED", 6);
    lead(leads.get(7), "CALLBACK_AGENT", 1);
    lead(leads.get(8), "BLOCKED", 0);
    lead(leads.get(9), "DO_NOT_CALL", 1);

    CampaignBreakdown.Funnel f = breakdown.funnel(campaign);

    assertThat(f.fresh()).isEqualTo(3);
    assertThat(f.inProgress()).isEqualTo(2);
    assertThat(f.done()).isEqualTo(1);
    assertThat(f.exhausted()).isEqualTo(1);
    assertThat(f.callbacks()).isEqualTo(1);
    assertThat(f.blocked()).isEqualTo(2);
    assertThat(f.total()).isEqualTo(10);
  }

  private static Instant at(String time) {
    return DAY.plus(Duration.between(java.time.LocalTime.MIDNIGHT, java.time.LocalTime.parse(time)))
        .truncatedTo(ChronoUnit.SECONDS);
  }

  private long attempt(
      long campaign,
      long lead,
      String dialed,
      boolean answered,
      boolean connected,
      boolean dropped,
      String disposition,
      Long agent,
      int talk,
      String amd)
      throws SQLException {
    Instant t = at(dialed);
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO call_attempt (lead_id, campaign_id, attempt_number, phone_e164,"
                    + " caller_id, server, dial_mode, pacing_policy, queued_at, dialed_at,"
                    + " answered_at, connected_at, ended_at, outcome, amd_verdict, agent_id,"
                    + " talk_seconds, dropped, disposition) VALUES (?, ?, 1, '+4930100000',"
                    + " '+4930100001', 'embedded', 'PROGRESSIVE', 'PROGRESSIVE', ?, ?, ?, ?, ?,"
                    + " ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
      s.setLong(1, lead);
      s.setLong(2, campaign);
      s.setTimestamp(3, Timestamp.from(t));
      s.setTimestamp(4, Timestamp.from(t));
      s.setTimestamp(5, answered ? Timestamp.from(t.plusSeconds(5)) : null);
      s.setTimestamp(6, connected ? Timestamp.from(t.plusSeconds(6)) : null);
      s.setTimestamp(7, Timestamp.from(t.plusSeconds(30 + talk)));
      s.setString(8, connected ? "CONNECTED" : dropped ? "ABANDONED" : "NO_ANSWER");
      s.setString(9, amd);
      s.setObject(10, agent);
      s.setObject(11, connected ? talk : null);
      s.setBoolean(12, dropped);
      s.setString(13, disposition);
      s.executeUpdate();
      try (ResultSet k = s.getGeneratedKeys()) {
        k.next();
        return k.getLong(1);
      }
    }
  }

  private void previewer(long attempt, long agent) throws SQLException {
    update("UPDATE call_attempt SET preview_agent_id = ? WHERE id = ?", agent, attempt);
  }

  private void lead(long id, String status, int attempts) throws SQLException {
    update("UPDATE lead SET status = ?, attempts = ? WHERE id = ?", status, attempts, id);
  }

  private long agent(String name) throws SQLException {
    Timestamp now = Timestamp.from(Instant.now());
    try (Connection c = db.getConnection()) {
      long user;
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO app_user (username, display_name, password_hash, enabled, created_at,"
                  + " updated_at) VALUES (?, ?, 'x', FALSE, ?, ?)",
              Statement.RETURN_GENERATED_KEYS)) {
        s.setString(1, name.toLowerCase().replace(' ', '-'));
        s.setString(2, name);
        s.setTimestamp(3, now);
        s.setTimestamp(4, now);
        s.executeUpdate();
        try (ResultSet k = s.getGeneratedKeys()) {
          k.next();
          user = k.getLong(1);
        }
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO agent (user_id, display_name, device, allow_inbound, allow_outbound,"
                  + " allow_blended, active, created_at, updated_at) VALUES (?, ?, ?, FALSE, TRUE,"
                  + " FALSE, FALSE, ?, ?)",
              Statement.RETURN_GENERATED_KEYS)) {
        s.setLong(1, user);
        s.setString(2, name);
        s.setString(3, "Local/" + user + "@breakdown-test");
        s.setTimestamp(4, now);
        s.setTimestamp(5, now);
        s.executeUpdate();
        try (ResultSet k = s.getGeneratedKeys()) {
          k.next();
          return k.getLong(1);
        }
      }
    }
  }

  private void update(String sql, Object... args) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      s.executeUpdate();
    }
  }
}
