package org.blenddialer.dialer.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.blenddialer.dialer.persistence.AttemptStore;
import org.blenddialer.dialer.persistence.Hopper;
import org.blenddialer.dialer.persistence.Leads;
import org.blenddialer.telephony.PbxEvent;
import org.blenddialer.users.Role;
import org.blenddialer.users.rest.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * After a crash: attempts left open are closed from the PBX's records (the PBX still has the call:
 * followed again) or closed UNKNOWN with the lead released under the retry rules.
 */
@QuarkusTest
class CrashRecoveryTest {

  @Inject DataSource db;
  @Inject Hopper hopper;
  @Inject AttemptStore attempts;
  @Inject AttemptFollower follower;

  @Test
  void openAttemptsThePbxDoesNotKnowAreClosedUnknownAndTheirLeadsReleased() throws Exception {
    long campaign = campaign();
    Leads.list(db, campaign, 3, Instant.now().minusSeconds(60));
    List<Hopper.Claimed> claimed =
        hopper.claim(
            new Hopper.Launch(
                campaign, "embedded", "+4930901820", "PROGRESSIVE", "progressive", "t", null),
            3,
            Instant.now());
    Hopper.Claimed lost = claimed.get(0);
    Hopper.Claimed stillUp = claimed.get(1);
    Hopper.Claimed neverDialed = claimed.get(2);
    attempts.markDialed(lost.attemptId(), Instant.now());
    attempts.markDialed(stillUp.attemptId(), Instant.now());
    attempts.markAnswered(stillUp.attemptId(), Instant.now(), "1700000000.7", "Local/x");

    follower.recover(
        new PbxEvent.Resynced(
            "embedded",
            Instant.now(),
            List.of(),
            List.of(),
            Map.of("1700000000.7", String.valueOf(stillUp.attemptId()))));

    assertThat(attempts.find(lost.attemptId()).outcome()).isEqualTo(AttemptStore.UNKNOWN);
    assertThat(lead(lost.leadId())).isEqualTo("READY/1/UNKNOWN");
    assertThat(attempts.find(stillUp.attemptId()).endedAt()).isNull();
    assertThat(lead(stillUp.leadId())).startsWith("DIALING/0");
    assertThat(attempts.find(neverDialed.attemptId()).outcome()).isEqualTo(AttemptStore.NOT_DIALED);
    assertThat(lead(neverDialed.leadId())).startsWith("READY/0");

    // A second recovery changes nothing: the close is written once.
    Instant ended = attempts.find(lost.attemptId()).endedAt();
    follower.recover(
        new PbxEvent.Resynced("embedded", Instant.now(), List.of(), List.of(), Map.of()));
    assertThat(attempts.find(lost.attemptId()).endedAt()).isEqualTo(ended);
    assertThat(lead(lost.leadId())).isEqualTo("READY/1/UNKNOWN");
  }

  private String lead(long id) throws Exception {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT status, attempts, last_outcome FROM lead WHERE id = ?")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getString(1) + "/" + r.getInt(2) + "/" + r.getString(3);
      }
    }
  }

  private static long campaign() {
    Map<String, Object> c = new HashMap<>();
    c.put("name", "Recovery " + System.nanoTime());
    c.put("dialMode", "PROGRESSIVE");
    c.put("asteriskQueue", "outbound");
    c.put("asteriskServer", "embedded");
    c.put("trunk", "sim");
    c.put("callerId", "+4930901820");
    c.put("callingHoursStart", "00:00");
    c.put("callingHoursEnd", "23:59:59");
    c.put("callingDays", List.of("MONDAY", "SUNDAY"));
    c.put("amdHandling", "HANG_UP");
    c.put("maxAttemptsPerLead", 3);
    c.put("maxAttemptsPerDay", 3);
    c.put("leadOrder", "PRIORITY");
    c.put("retryRules", List.of(Map.of("outcome", "FAILED", "delayMinutes", 0, "maxAttempts", 3)));
    return TestUsers.as(Role.CAMPAIGN_MANAGER)
        .contentType(ContentType.JSON)
        .body(c)
        .post("/api/v1/campaigns")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }
}
