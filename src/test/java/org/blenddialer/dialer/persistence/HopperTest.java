package org.blenddialer.dialer.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The hopper against the real database: two hoppers (as two service instances would) claiming the
 * same campaign at once never get the same lead; attempts are written once and closed once.
 */
@QuarkusTest
class HopperTest {

  private static final AtomicLong CAMPAIGNS = new AtomicLong(880_000);

  @Inject DataSource db;
  @Inject AttemptStore attempts;

  @Test
  void twoHoppersClaimingAtOnceNeverGetTheSameLead() throws Exception {
    long campaign = CAMPAIGNS.incrementAndGet();
    Leads.list(db, campaign, 300, Instant.now().minusSeconds(60));
    Hopper first = new Hopper(db);
    Hopper second = new Hopper(db);
    List<Hopper.Claimed> claimed = Collections.synchronizedList(new ArrayList<>());
    CompletableFuture<Void> a = CompletableFuture.runAsync(() -> drain(first, campaign, claimed));
    CompletableFuture<Void> b = CompletableFuture.runAsync(() -> drain(second, campaign, claimed));
    CompletableFuture.allOf(a, b).get(60, TimeUnit.SECONDS);

    Set<Long> leads = new HashSet<>();
    for (Hopper.Claimed c : claimed) {
      assertThat(leads.add(c.leadId())).as("lead %d claimed twice", c.leadId()).isTrue();
    }
    assertThat(leads).hasSize(300);
    assertThat(attempts.ofCampaign(campaign)).hasSize(300);
    assertThat(
            count(
                "SELECT COUNT(*) FROM lead WHERE campaign_id = "
                    + campaign
                    + " AND status = 'DIALING' AND last_attempt_id IS NOT NULL"))
        .isEqualTo(300);
  }

  @Test
  void dueCallbacksComeBeforeNewLeadsAndOnlyDueLeadsAreClaimed() throws Exception {
    long campaign = CAMPAIGNS.incrementAndGet();
    Instant now = Instant.now();
    List<Long> ids = Leads.list(db, campaign, 5, now.minusSeconds(60));
    execute("UPDATE lead SET status = 'CALLBACK', priority = -5 WHERE id = " + ids.get(4));
    execute(
        "UPDATE lead SET next_call_at = DATE_ADD(next_call_at, INTERVAL 1 DAY) WHERE id = "
            + ids.get(3));
    Hopper hopper = new Hopper(db);
    List<Hopper.Claimed> claimed = hopper.claim(launch(campaign), 10, now);
    assertThat(claimed).hasSize(4);
    assertThat(claimed.get(0).leadId()).isEqualTo(ids.get(4));
    assertThat(hopper.dueCount(campaign, now, 100)).isZero();
  }

  @Test
  void anAttemptIsClosedOnceAndItsFieldsAreWrittenOnce() throws Exception {
    long campaign = CAMPAIGNS.incrementAndGet();
    Leads.list(db, campaign, 1, Instant.now().minusSeconds(60));
    Hopper.Claimed c = new Hopper(db).claim(launch(campaign), 1, Instant.now()).get(0);
    Instant dialed = Instant.parse("2026-11-23T10:00:00Z");
    assertThat(attempts.markDialed(c.attemptId(), dialed)).isTrue();
    assertThat(attempts.markDialed(c.attemptId(), dialed.plusSeconds(5))).isFalse();
    assertThat(attempts.markAnswered(c.attemptId(), dialed.plusSeconds(3), "c1", "SIP/x")).isTrue();
    assertThat(attempts.markAnswered(c.attemptId(), dialed.plusSeconds(4), "c2", "SIP/y"))
        .isFalse();
    assertThat(attempts.close(c.attemptId(), dialed.plusSeconds(60), "CONNECTED", null, 50))
        .isTrue();
    assertThat(attempts.close(c.attemptId(), dialed.plusSeconds(90), "BUSY", null, 1)).isFalse();
    assertThat(attempts.markConnected(c.attemptId(), dialed.plusSeconds(95), 7L, "SIP/z"))
        .isFalse();
    assertThat(attempts.setDisposition(c.attemptId(), "SALE", "agent1", dialed)).isTrue();
    assertThat(attempts.setDisposition(c.attemptId(), "NOT_INTERESTED", "agent1", dialed))
        .isFalse();

    AttemptStore.AttemptRow row = attempts.find(c.attemptId());
    assertThat(row.dialedAt()).isEqualTo(dialed);
    assertThat(row.callId()).isEqualTo("c1");
    assertThat(row.endedAt()).isEqualTo(dialed.plusSeconds(60));
    assertThat(row.outcome()).isEqualTo("CONNECTED");
    assertThat(row.connectedAt()).isNull();
    assertThat(row.disposition()).isEqualTo("SALE");
    assertThat(row.attemptNumber()).isEqualTo(1);
  }

  static Hopper.Launch launch(long campaign) {
    return new Hopper.Launch(
        campaign, "embedded", "+4930901820", "PROGRESSIVE", "progressive", "test", null);
  }

  private static void drain(Hopper hopper, long campaign, List<Hopper.Claimed> into) {
    while (true) {
      List<Hopper.Claimed> got = hopper.claim(launch(campaign), 7, Instant.now());
      if (got.isEmpty()) {
        return;
      }
      into.addAll(got);
    }
  }

  private int count(String sql) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getInt(1);
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.executeUpdate();
    }
  }
}
