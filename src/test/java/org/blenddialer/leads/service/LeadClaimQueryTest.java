package org.blenddialer.leads.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.blenddialer.core.leads.DuplicatePolicy;
import org.blenddialer.leads.persistence.LeadImportStore;
import org.junit.jupiter.api.Test;

/**
 * The lead tables serve the hopper's claim: two claimers get disjoint due leads without waiting, by
 * priority, and never a lead of a list still importing.
 */
@QuarkusTest
class LeadClaimQueryTest {

  /** Step 1: the campaign's dialable lists (a plain read, no locks). */
  static final String ACTIVE_LISTS =
      "SELECT id FROM lead_list WHERE campaign_id = ? AND state = 'ACTIVE'";

  /** Step 2: the claim, with the list ids written into the statement. */
  static String claim(List<Long> lists) {
    String ids = String.join(",", lists.stream().map(String::valueOf).toList());
    return "SELECT id FROM lead FORCE INDEX (ix_lead_hopper) WHERE campaign_id = ?"
        + " AND status = 'READY' AND next_call_at <= ? AND list_id IN ("
        + ids
        + ")"
        + " ORDER BY priority DESC, next_call_at LIMIT ? FOR UPDATE SKIP LOCKED";
  }

  @Inject LeadImportStore store;
  @Inject DataSource dataSource;

  @Test
  void twoClaimersGetDisjointDueLeadsByPriorityAndNoneOfAnImportingList() throws SQLException {
    long campaign = 777_100;
    Instant now = Instant.parse("2026-01-10T12:00:00Z");
    long active = list(campaign, true);
    long importing = list(campaign, false);
    long high = lead(active, campaign, "+4520123450", 5, now.minusSeconds(60));
    long normal = lead(active, campaign, "+4520123451", 0, now.minusSeconds(120));
    long later = lead(active, campaign, "+4520123452", 9, now.plusSeconds(3600));
    lead(importing, campaign, "+4520123453", 9, now.minusSeconds(60));

    try (Connection first = dataSource.getConnection();
        Connection second = dataSource.getConnection()) {
      first.setAutoCommit(false);
      second.setAutoCommit(false);
      List<Long> firstClaim = claim(first, campaign, now, 1);
      List<Long> secondClaim = claim(second, campaign, now, 5);
      assertThat(firstClaim).containsExactly(high);
      assertThat(secondClaim).containsExactly(normal);
      first.rollback();
      second.rollback();
    }
    assertThat(later).isPositive();
  }

  private List<Long> claim(Connection c, long campaign, Instant now, int limit)
      throws SQLException {
    List<Long> lists = new ArrayList<>();
    try (PreparedStatement active = c.prepareStatement(ACTIVE_LISTS)) {
      active.setLong(1, campaign);
      try (ResultSet rows = active.executeQuery()) {
        while (rows.next()) {
          lists.add(rows.getLong(1));
        }
      }
    }
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement claim = c.prepareStatement(claim(lists))) {
      claim.setLong(1, campaign);
      claim.setTimestamp(2, Timestamp.from(now));
      claim.setInt(3, limit);
      try (ResultSet rows = claim.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
    }
    return ids;
  }

  private long list(long campaign, boolean activate) throws SQLException {
    long[] ids =
        store.createListAndJob(
            campaign, "claims", "DK", DuplicatePolicy.SKIP, "x.csv", "admin", Instant.now());
    if (activate) {
      store.complete(ids[0], campaign, ids[1], List.of(), false, 0, 0, 0, Instant.now());
    }
    return ids[0];
  }

  private long lead(long list, long campaign, String number, int priority, Instant due)
      throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO lead (list_id, campaign_id, line_number, country, phone_e164,"
                    + " phone_kind, phone_type, time_zone_source, status, priority, next_call_at,"
                    + " created_at) VALUES (?, ?, 2, 'DK', ?, 'MOBILE', 'MOBILE', 'NUMBER',"
                    + " 'READY', ?, ?, ?)",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
      insert.setLong(1, list);
      insert.setLong(2, campaign);
      insert.setString(3, number);
      insert.setInt(4, priority);
      insert.setTimestamp(5, Timestamp.from(due));
      insert.setTimestamp(6, Timestamp.from(Instant.now()));
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }
}
