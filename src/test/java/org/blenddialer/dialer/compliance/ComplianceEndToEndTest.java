package org.blenddialer.dialer.compliance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.blenddialer.audit.persistence.AuditRecord;
import org.blenddialer.audit.service.AuditQuery;
import org.blenddialer.audit.service.AuditSearch;
import org.blenddialer.compliance.persistence.ConsentRecord;
import org.blenddialer.compliance.service.ConsentCommand;
import org.blenddialer.compliance.service.ConsentLedger;
import org.blenddialer.compliance.service.RegistryImports;
import org.blenddialer.core.compliance.CallPurpose;
import org.blenddialer.core.compliance.ConsentBasis;
import org.blenddialer.dialer.persistence.AttemptStore;
import org.blenddialer.dialer.persistence.Leads;
import org.blenddialer.dialer.service.OptOutByKeyPress;
import org.blenddialer.telephony.pbxsim.PbxSimulator;
import org.blenddialer.testing.Poll;
import org.blenddialer.testing.TestCentre;
import org.blenddialer.users.Role;
import org.blenddialer.users.rest.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The dial-time compliance check end to end: real campaigns dial small lists through the AMI
 * adapter and the PBX simulator, and the attempt records and the audit trail show that a DNC entry,
 * a key-press opt-out, the abandon cap and a stale registry each take effect while they run.
 */
@QuarkusTest
@TestProfile(ComplianceDialerProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ComplianceEndToEndTest {

  static final String PASSWORD = "compliance-agent-password";
  static final int AGENTS = 3;
  static final List<String> agents = new ArrayList<>();
  static long inboundQueueId;

  @Inject DataSource db;
  @Inject AttemptStore attempts;
  @Inject AuditSearch audit;
  @Inject RegistryImports registries;
  @Inject ConsentLedger consent;
  @Inject PbxSimulator simulator;

  @BeforeEach
  void centre() {
    if (!agents.isEmpty()) {
      return;
    }
    // Fresh copies of the registries the UK and DK packs screen, none listing our leads.
    importRegistry("UK-TPS", Instant.now().minus(1, ChronoUnit.DAYS), "+442079469999\n");
    importRegistry("UK-CTPS", Instant.now().minus(1, ChronoUnit.DAYS), "");
    importRegistry("DK-ROBINSON", Instant.now().minus(1, ChronoUnit.DAYS), "+4589999999\n");
    inboundQueueId = TestCentre.inboundQueue("Compliance e2e inbound", "cmp_in");
    for (int i = 1; i <= AGENTS; i++) {
      String name = "cmpagent" + i;
      TestCentre.agentOnSimulatedPhone(
          name, PASSWORD, List.of("OUTBOUND", "BLENDED", "INBOUND"), inboundQueueId);
      agents.add(name);
    }
  }

  /** Logs the agents in for outbound work (a campaign on their queue must exist first). */
  private static void logIn() {
    for (String a : agents) {
      Response r =
          given()
              .auth()
              .preemptive()
              .basic(a, PASSWORD)
              .contentType(ContentType.JSON)
              .body(Map.of("mode", "OUTBOUND"))
              .post("/api/v1/me/agent/login");
      assertThat(r.statusCode() == 200 || r.asString().contains("already logged in"))
          .as(r.asString())
          .isTrue();
    }
  }

  @Test
  @Order(1)
  void aNumberAddedToTheInternalDncListWhileItsCampaignRunsIsNeverDialedAgain() throws Exception {
    long campaign = campaign("PROGRESSIVE", null);
    List<String> numbers = numbers("+494055501%02d", 30);
    String target = numbers.get(numbers.size() - 1);
    // The target has the lowest priority: the hopper claims it after every other lead.
    fillList(campaign, numbers, "DE", "Europe/Berlin", n -> n.equals(target) ? 0 : 5);
    start(campaign);
    try {
      waitFor(campaign, Duration.ofSeconds(30), "a first dial", () -> dialed(campaign) > 0);
      TestCentre.listOnInternalDnc(target);
      Instant listed = auditedAt(target, "dnc.entry.added");

      waitFor(
          campaign,
          Duration.ofSeconds(60),
          "every lead dialed to the end or refused",
          () -> Leads.unfinished(db, campaign) == 0);
      List<AttemptStore.AttemptRow> ofTarget = attemptsOf(campaign, target);
      assertThat(ofTarget)
          .as("attempts claimed after the entry are refused, never dialed")
          .filteredOn(a -> a.queuedAt().isAfter(listed))
          .isNotEmpty()
          .allSatisfy(a -> assertThat(a.dialedAt()).isNull());
      assertThat(ofTarget).allSatisfy(a -> assertThat(a.dialedAt()).isNull());
      assertThat(denyRule(ofTarget.get(ofTarget.size() - 1).id()))
          .isEqualTo("company#internal-dnc");
      assertThat(leadStatus(campaign, target)).isEqualTo("DO_NOT_CALL");

      Response denials =
          TestUsers.as(Role.COMPLIANCE_OFFICER)
              .queryParam("number", target)
              .queryParam("action", "dial.decision")
              .queryParam("decision", "DENIED")
              .get("/api/v1/audit/records");
      assertThat(denials.statusCode()).isEqualTo(200);
      assertThat(denials.jsonPath().<String>getList("ruleId")).contains("company#internal-dnc");
      String details = denials.jsonPath().getString("[0].details");
      // The list version relied on (internal@entry <newest entry id>) next to the others consulted.
      assertThat(details).containsPattern("internal@entry [0-9]+").contains("on DNC list internal");
      assertThat(dialed(campaign)).isGreaterThan(20);
    } finally {
      stop(campaign);
    }
  }

  @Test
  @Order(2)
  void aConsentRevocationByKeyPressStopsTheNextAttempt() throws Exception {
    // Slow agents let live answers drop into the safe-harbor message (the EU pack has no abandon
    // cap, so power dialing goes on), and everybody who hears it presses 9.
    long campaign = campaign("POWER", null);
    List<String> numbers = numbers("+494055502%02d", 30);
    fillList(campaign, numbers, "DE", "Europe/Berlin", n -> 5);
    simulator.setOptOutProbability(1.0);
    start(campaign);
    try {
      waitFor(
          campaign,
          Duration.ofSeconds(60),
          "a person who pressed 9 and whose next attempt was refused",
          () -> !refusedAfterKeyPress(campaign).isEmpty());
      for (String number : refusedAfterKeyPress(campaign)) {
        List<ConsentRecord> ledger = consent.records(number, null);
        assertThat(ledger)
            .filteredOn(r -> "key-press".equals(r.channel))
            .singleElement()
            .satisfies(
                r -> {
                  assertThat(r.kind.name()).isEqualTo("REVOCATION");
                  assertThat(r.evidenceUrl).startsWith("call-attempt:");
                  long attempt = Long.parseLong(r.evidenceUrl.substring("call-attempt:".length()));
                  AttemptStore.AttemptRow pressedOn = attempts.find(attempt);
                  assertThat(pressedOn.phone()).isEqualTo(number);
                  assertThat(pressedOn.dropped()).isTrue();
                  assertThat(r.evidenceText).contains("pressed 9").contains("" + attempt);
                  assertThat(r.occurredAt).isAfterOrEqualTo(pressedOn.answeredAt());
                });
        Instant revoked = auditedAt(number, "dnc.entry.added");
        assertThat(attemptsOf(campaign, number))
            .filteredOn(a -> a.queuedAt().isAfter(revoked))
            .isNotEmpty()
            .allSatisfy(a -> assertThat(a.dialedAt()).isNull());
        assertThat(
                audit.find(
                    new AuditQuery(number, null, null, null, null, null, "consent.revoked", 5)))
            .singleElement()
            .satisfies(r -> assertThat(r.details).contains("key-press"));
      }
      // The dialplan also kept each key press in the PBX's database; once recorded from its AMI
      // event, the service deleted it there.
      simulator.setOptOutProbability(0);
      Poll.until(
          Duration.ofSeconds(30),
          "every key press kept on the PBX deleted once recorded",
          () -> simulator.databaseFamily(OptOutByKeyPress.ASTDB_FAMILY).isEmpty());
    } finally {
      stop(campaign);
      simulator.setOptOutProbability(0);
    }
  }

  @Test
  @Order(5)
  void aKeyPressWhoseAmiEventWasMissedIsReadBackFromThePbxWhenTheLinkIsBack() throws Exception {
    // A dropped call whose person pressed 9 while the service's AMI link was down: the VarSet
    // event never arrived, and only the dialplan's AstDB entry tells of it.
    long campaign = campaign("PROGRESSIVE", null);
    String number = "+4940555049";
    fillList(campaign, List.of(number), "DE", "Europe/Berlin", n -> 5);
    Instant answered = Instant.now().minusSeconds(30).truncatedTo(ChronoUnit.SECONDS);
    Instant pressed = answered.plusSeconds(4);
    long attempt = droppedAttempt(campaign, number, answered);
    simulator.putDatabase(
        OptOutByKeyPress.ASTDB_FAMILY, "" + attempt, "9:" + pressed.getEpochSecond());
    // And one for an attempt this service never made: nothing to record, so it is cleared.
    simulator.putDatabase(
        OptOutByKeyPress.ASTDB_FAMILY, "987654321", "9:" + pressed.getEpochSecond());
    assertThat(keyPressRevocations(number)).isEmpty();

    simulator.dropClients();

    Poll.until(
        Duration.ofSeconds(30),
        "the missed key press recorded after the link came back",
        () -> !keyPressRevocations(number).isEmpty());
    assertThat(keyPressRevocations(number))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.kind.name()).isEqualTo("REVOCATION");
              assertThat(r.evidenceUrl).isEqualTo("call-attempt:" + attempt);
              assertThat(r.evidenceText)
                  .contains("pressed 9")
                  .contains("call attempt " + attempt)
                  .contains("read back from the PBX's database");
              assertThat(r.occurredAt).isEqualTo(pressed);
            });
    auditedAt(number, "dnc.entry.added");
    Poll.until(
        Duration.ofSeconds(30),
        "both entries deleted on the PBX",
        () -> simulator.databaseFamily(OptOutByKeyPress.ASTDB_FAMILY).isEmpty());

    // The same key press kept again (as when the delete after a live event did not reach the
    // PBX): read back once more, it is deleted without a second revocation.
    simulator.putDatabase(
        OptOutByKeyPress.ASTDB_FAMILY, "" + attempt, "9:" + pressed.getEpochSecond());
    simulator.dropClients();
    Poll.until(
        Duration.ofSeconds(30),
        "the entry of a recorded key press deleted",
        () -> simulator.databaseFamily(OptOutByKeyPress.ASTDB_FAMILY).isEmpty());
    assertThat(keyPressRevocations(number)).hasSize(1);
  }

  @Test
  @Order(3)
  void aCampaignAtItsAbandonCapFallsBackToProgressive() throws Exception {
    long campaign = campaign("POWER", "UK");
    List<String> numbers = numbers("+4420794601%02d", 40);
    fillList(campaign, numbers, "GB", "Europe/London", n -> 5);
    // Earlier today the campaign had 100 live calls and dropped none: 3 drops are left in the UK's
    // 3 % a day. Slow agents then let live answers drop until the budget is spent.
    earlierLiveCallsToday(campaign, 100);
    start(campaign);
    try {
      waitFor(
          campaign,
          Duration.ofSeconds(60),
          "the audited switch to progressive",
          () -> !fallbacks(campaign).isEmpty());
      AuditRecord fallback = fallbacks(campaign).get(0);
      assertThat(fallback.ruleId).isEqualTo("UK#10");
      assertThat(fallback.details).contains("\"from\":\"POWER\"").contains("PROGRESSIVE");
      waitFor(
          campaign,
          Duration.ofSeconds(60),
          "attempts claimed after the switch",
          () ->
              attempts.ofCampaign(campaign).stream()
                  .anyMatch(a -> a.queuedAt().isAfter(fallback.recordedAt)));
      List<AttemptStore.AttemptRow> after =
          attempts.ofCampaign(campaign).stream()
              .filter(a -> a.queuedAt().isAfter(fallback.recordedAt))
              .toList();
      List<AuditRecord> restored =
          audit.find(
              new AuditQuery(
                  null,
                  String.valueOf(campaign),
                  null,
                  null,
                  null,
                  null,
                  "campaign.mode.restored",
                  5));
      assertThat(restored).as("not enough live calls since to earn a drop back").isEmpty();
      for (AttemptStore.AttemptRow a : after) {
        assertThat(a.dialMode()).as("attempt %d", a.id()).isEqualTo("PROGRESSIVE");
        assertThat(pacingDetail(a.id())).contains("fallen back to PROGRESSIVE");
      }
      assertThat(attempts.ofCampaign(campaign))
          .as("the campaign dialed in power mode before the cap")
          .anyMatch(a -> a.dialMode().equals("POWER") && a.dropped());
    } finally {
      stop(campaign);
    }
  }

  @Test
  @Order(4)
  void aStaleRegistryBlocksDialingForItsPackOnly() throws Exception {
    long campaign = campaign("PROGRESSIVE", null);
    List<String> uk = numbers("+4420794603%02d", 10);
    List<String> dk = numbers("+45331234%02d", 10);
    List<String> de = numbers("+494055503%02d", 10);
    for (String n : dk) {
      // Danish consumer sales calls need the person's recorded request.
      consent.grant(
          new ConsentCommand(
              n,
              null,
              "default",
              CallPurpose.TELEMARKETING,
              null,
              ConsentBasis.EXPLICIT_REQUEST,
              "web-form",
              "Call me about your offer",
              "https://example.test/form",
              "192.0.2.1",
              null,
              null,
              null),
          "test");
    }
    // The UK TPS copy in force is 40 days old: the UK pack allows 28.
    importRegistry("UK-TPS", Instant.now().minus(40, ChronoUnit.DAYS), "+442079469999\n");
    try {
      fillList(campaign, uk, "GB", "Europe/London", n -> 5);
      fillList(campaign, dk, "DK", "Europe/Copenhagen", n -> 5);
      fillList(campaign, de, "DE", "Europe/Berlin", n -> 5);
      start(campaign);
      try {
        waitFor(
            campaign,
            Duration.ofSeconds(60),
            "every UK lead refused and the DK and DE leads dialed",
            () ->
                uk.stream().allMatch(n -> refused(campaign, n))
                    && dk.stream().allMatch(n -> wasDialed(campaign, n))
                    && de.stream().allMatch(n -> wasDialed(campaign, n)));
        for (String n : uk) {
          List<AttemptStore.AttemptRow> rows = attemptsOf(campaign, n);
          assertThat(rows).allSatisfy(a -> assertThat(a.dialedAt()).isNull());
          assertThat(rows).allSatisfy(a -> assertThat(denyRule(a.id())).isEqualTo("UK#11"));
        }
        List<AuditRecord> denials =
            audit.find(
                new AuditQuery(
                    uk.get(0), String.valueOf(campaign), null, null, "DENIED", null, null, 5));
        assertThat(denials).isNotEmpty();
        assertThat(denials.get(0).details).contains("UK-TPS").contains("import a fresh copy");
      } finally {
        stop(campaign);
      }
    } finally {
      importRegistry("UK-TPS", Instant.now().minus(1, ChronoUnit.DAYS), "+442079469999\n");
    }
  }

  // ---- helpers

  /** Polls; on a timeout the message says where the campaign's leads and attempts stand. */
  private void waitFor(
      long campaign, Duration deadline, String what, java.util.function.BooleanSupplier done) {
    try {
      Poll.until(deadline, what, done);
    } catch (AssertionError e) {
      Map<String, Integer> outcomes = new java.util.TreeMap<>();
      for (AttemptStore.AttemptRow a : attempts.ofCampaign(campaign)) {
        String key = a.dialMode() + "/" + a.outcome() + "/" + denyRule(a.id());
        outcomes.merge(key, 1, Integer::sum);
      }
      throw new AssertionError(
          e.getMessage() + "; leads " + statuses(campaign) + "; attempts " + outcomes, e);
    }
  }

  private Map<String, Integer> statuses(long campaign) {
    Map<String, Integer> out = new java.util.TreeMap<>();
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT CONCAT(status, ' ', COALESCE(last_outcome, '-')), COUNT(*) FROM lead"
                    + " WHERE campaign_id = ? GROUP BY status, last_outcome")) {
      s.setLong(1, campaign);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.put(r.getString(1), r.getInt(2));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  private void importRegistry(String registry, Instant asOf, String numbers) {
    registries.importFile(
        registry,
        asOf,
        new ByteArrayInputStream(numbers.getBytes(StandardCharsets.US_ASCII)),
        "test");
  }

  private void earlierLiveCallsToday(long campaign, int count) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO call_attempt (lead_id, campaign_id, attempt_number, phone_e164,"
                    + " caller_id, server, dial_mode, pacing_policy, queued_at, dialed_at,"
                    + " answered_at, connected_at, ended_at, outcome, talk_seconds) VALUES"
                    + " (0, ?, 1, '+442079469998', '+4930901820', 'earlier', 'POWER', 'POWER',"
                    + " ?, ?, ?, ?, ?, 'CONNECTED', 60)")) {
      Timestamp at = Timestamp.from(Instant.now().minusSeconds(60));
      for (int i = 0; i < count; i++) {
        s.setLong(1, campaign);
        for (int p = 2; p <= 6; p++) {
          s.setTimestamp(p, at);
        }
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private static List<String> numbers(String format, int count) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(String.format(format, i));
    }
    return out;
  }

  private Instant auditedAt(String number, String action) {
    List<AuditRecord> found =
        audit.find(new AuditQuery(number, null, null, null, null, null, action, 1));
    assertThat(found).as("%s of %s audited", action, number).isNotEmpty();
    return found.get(0).recordedAt;
  }

  private List<AuditRecord> fallbacks(long campaign) {
    return audit.find(
        new AuditQuery(
            null, String.valueOf(campaign), null, null, null, null, "campaign.mode.fallback", 5));
  }

  /** Numbers whose consent was revoked by key press and that had an attempt refused since. */
  private List<String> refusedAfterKeyPress(long campaign) {
    List<String> out = new ArrayList<>();
    for (AttemptStore.AttemptRow a : attempts.ofCampaign(campaign)) {
      if (AttemptStore.NOT_DIALED.equals(a.outcome())
          && consent.records(a.phone(), null).stream().anyMatch(r -> "key-press".equals(r.channel))
          && !out.contains(a.phone())) {
        out.add(a.phone());
      }
    }
    return out;
  }

  private List<ConsentRecord> keyPressRevocations(String number) {
    return consent.records(number, null).stream()
        .filter(r -> OptOutByKeyPress.CHANNEL.equals(r.channel))
        .toList();
  }

  /** An attempt whose live answer found no agent (dropped), as the dialer records one. */
  private long droppedAttempt(long campaign, String number, Instant answered) throws SQLException {
    long lead =
        Long.parseLong(
            column(
                "SELECT id FROM lead WHERE phone_e164 = '" + number + "' AND campaign_id = ?",
                campaign));
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO call_attempt (lead_id, campaign_id, attempt_number, phone_e164,"
                    + " caller_id, server, dial_mode, pacing_policy, queued_at, dialed_at,"
                    + " answered_at, ended_at, outcome, dropped, call_id) VALUES"
                    + " (?, ?, 1, ?, '+4930901820', 'sim', 'PROGRESSIVE', 'PROGRESSIVE', ?, ?, ?,"
                    + " ?, 'ABANDONED', TRUE, '1764000000.77')",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
      s.setLong(1, lead);
      s.setLong(2, campaign);
      s.setString(3, number);
      s.setTimestamp(4, Timestamp.from(answered.minusSeconds(12)));
      s.setTimestamp(5, Timestamp.from(answered.minusSeconds(11)));
      s.setTimestamp(6, Timestamp.from(answered));
      s.setTimestamp(7, Timestamp.from(answered.plusSeconds(10)));
      s.executeUpdate();
      try (ResultSet k = s.getGeneratedKeys()) {
        k.next();
        return k.getLong(1);
      }
    }
  }

  private boolean refused(long campaign, String number) {
    return attemptsOf(campaign, number).stream()
        .anyMatch(a -> AttemptStore.NOT_DIALED.equals(a.outcome()));
  }

  private boolean wasDialed(long campaign, String number) {
    return attemptsOf(campaign, number).stream().anyMatch(a -> a.dialedAt() != null);
  }

  private List<AttemptStore.AttemptRow> attemptsOf(long campaign, String number) {
    return attempts.ofCampaign(campaign).stream().filter(a -> a.phone().equals(number)).toList();
  }

  private long dialed(long campaign) {
    return attempts.ofCampaign(campaign).stream().filter(a -> a.dialedAt() != null).count();
  }

  private String denyRule(long attempt) {
    return column("SELECT deny_rule FROM call_attempt WHERE id = ?", attempt);
  }

  private String pacingDetail(long attempt) {
    return column("SELECT pacing_detail FROM call_attempt WHERE id = ?", attempt);
  }

  private String leadStatus(long campaign, String number) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT status FROM lead WHERE campaign_id = ? AND phone_e164 = ?")) {
      s.setLong(1, campaign);
      s.setString(2, number);
      try (ResultSet r = s.executeQuery()) {
        assertThat(r.next()).isTrue();
        return r.getString(1);
      }
    }
  }

  private String column(String sql, long id) {
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void start(long campaign) {
    TestCentre.startCampaign(campaign);
  }

  private static void stop(long campaign) {
    TestCentre.stopCampaign(campaign);
  }

  private long campaign(String mode, String jurisdiction) {
    Map<String, Object> c =
        TestCentre.campaignOnTheSimulator(
            "Compliance e2e " + mode + " " + System.nanoTime(), mode, "cmp_out", inboundQueueId);
    if (mode.equals("POWER")) {
      c.put("powerRatio", 3.0);
    }
    if (jurisdiction != null) {
      c.put("jurisdiction", jurisdiction);
    }
    c.put("script", "Hallo {{firstName|there}}, ...");
    c.put("retryRules", TestCentre.retryEveryFailureUpTo(3));
    Response r = TestCentre.createCampaign(c);
    logIn();
    return r.jsonPath().getLong("id");
  }

  private void fillList(
      long campaign,
      List<String> numbers,
      String country,
      String zone,
      java.util.function.ToIntFunction<String> priority)
      throws SQLException {
    Instant now = Instant.now();
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      long list;
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO lead_list (campaign_id, name, default_country, duplicate_policy, state,"
                  + " lead_count, created_by, created_at, activated_at) VALUES (?, 'compliance',"
                  + " ?, 'SKIP', 'ACTIVE', ?, 'test', ?, ?)",
              java.sql.Statement.RETURN_GENERATED_KEYS)) {
        s.setLong(1, campaign);
        s.setString(2, country);
        s.setInt(3, numbers.size());
        s.setTimestamp(4, Timestamp.from(now));
        s.setTimestamp(5, Timestamp.from(now));
        s.executeUpdate();
        try (ResultSet k = s.getGeneratedKeys()) {
          k.next();
          list = k.getLong(1);
        }
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO lead (list_id, campaign_id, line_number, name, country, phone_e164,"
                  + " phone_kind, phone_type, time_zone, time_zone_source, status, priority,"
                  + " next_call_at, created_at) VALUES (?, ?, ?, ?, ?, ?, 'HOME', 'FIXED_LINE',"
                  + " ?, 'NUMBER', 'READY', ?, ?, ?)")) {
        int line = 2;
        for (String n : numbers) {
          s.setLong(1, list);
          s.setLong(2, campaign);
          s.setLong(3, line++);
          s.setString(4, "Person " + n);
          s.setString(5, country);
          s.setString(6, n);
          s.setString(7, zone);
          s.setInt(8, priority.applyAsInt(n));
          s.setTimestamp(9, Timestamp.from(now.minusSeconds(60)));
          s.setTimestamp(10, Timestamp.from(now));
          s.addBatch();
        }
        s.executeBatch();
      }
      c.commit();
    }
  }
}
