package org.blenddialer.dialer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.blenddialer.users.rest.TestUsers.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.blenddialer.dialer.persistence.AttemptStore;
import org.blenddialer.dialer.persistence.Hopper;
import org.blenddialer.dialer.persistence.Leads;
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
 * The acceptance run: a campaign with a 1,000-lead list dials in each mode through the AMI adapter
 * and the PBX simulator, with simulated agents, until the list is exhausted; every lead ends in a
 * final status its attempts and the retry rules explain, and no lead was dialed twice for one
 * attempt.
 */
@QuarkusTest
@TestProfile(DialerProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DialerAcceptanceTest {

  static final String PASSWORD = "dialer-agent-password";
  static final int LEADS = 1000;
  static final int AGENTS = 24;
  static final int MAX_ATTEMPTS = 3;

  @Inject DataSource db;
  @Inject AttemptStore attempts;
  @Inject Hopper hopper;

  static long inboundQueueId;
  static long previewCampaign;
  static long progressiveCampaign;
  static final List<String> agents = new ArrayList<>();

  @BeforeEach
  void centre() {
    if (!agents.isEmpty()) {
      return;
    }
    inboundQueueId = TestCentre.inboundQueue("Dialer test inbound", "dial_in");
    for (int i = 1; i <= AGENTS; i++) {
      String name = "dialagent" + i;
      TestCentre.agentOnSimulatedPhone(
          name, PASSWORD, List.of("OUTBOUND", "BLENDED", "INBOUND"), inboundQueueId);
      agents.add(name);
    }
  }

  @Test
  @Order(3)
  void progressive() throws Exception {
    run("PROGRESSIVE", null);
  }

  @Test
  @Order(2)
  void power() throws Exception {
    run("POWER", 2.0);
  }

  @Test
  @Order(1)
  void predictive() throws Exception {
    run("PREDICTIVE", 3.0);
  }

  @Test
  @Order(4)
  void preview() throws Exception {
    run("PREVIEW", null);
  }

  /**
   * After the preview run: agents set dispositions on the calls they took (do-not-call puts the
   * number on the internal list), schedule a callback in the lead's own time zone, and the campaign
   * manager's figures agree with the attempt records.
   */
  @Test
  @Order(5)
  void agentsSetDispositionsAndCallbacksAndManagersSeeTheFigures() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(previewCampaign != 0, "the preview run ran");
    long campaign = previewCampaign;
    List<AttemptStore.AttemptRow> rows = attempts.ofCampaign(campaign);
    Map<Long, String> names = new HashMap<>();
    for (Map<String, Object> a :
        asAdmin().get("/api/v1/agents").jsonPath().<Map<String, Object>>getList("")) {
      names.put(((Number) a.get("id")).longValue(), (String) a.get("username"));
    }
    List<AttemptStore.AttemptRow> taken =
        rows.stream().filter(r -> "CONNECTED".equals(r.outcome()) && r.agentId() != null).toList();
    assertThat(taken).hasSizeGreaterThan(2);
    AttemptStore.AttemptRow first = taken.get(0);
    String taker = names.get(first.agentId());
    String someoneElse =
        agents.stream()
            .filter(n -> !n.equals(taker) && !names.get(first.previewAgentId()).equals(n))
            .findFirst()
            .orElseThrow();
    String disposition = "/api/v1/me/dialer/attempts/" + first.id() + "/disposition";
    agent(someoneElse)
        .contentType(ContentType.JSON)
        .body(Map.of("code", "DO_NOT_CALL"))
        .post(disposition)
        .then()
        .statusCode(404);
    agent(taker)
        .contentType(ContentType.JSON)
        .body(Map.of("code", "NO_SUCH_CODE"))
        .post(disposition)
        .then()
        .statusCode(400)
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("code"));
    agent(taker)
        .contentType(ContentType.JSON)
        .body(Map.of("code", "DO_NOT_CALL"))
        .post(disposition)
        .then()
        .statusCode(200);
    agent(taker)
        .contentType(ContentType.JSON)
        .body(Map.of("code", "SALE"))
        .post(disposition)
        .then()
        .statusCode(409);
    assertThat(leadStatus(first.leadId())).isEqualTo("DO_NOT_CALL");
    assertThat(
            TestUsers.as(Role.COMPLIANCE_OFFICER)
                .queryParam("number", first.phone())
                .get("/api/v1/compliance/dnc/lists/internal/entries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .<String>getList("number"))
        .contains(first.phone());

    AttemptStore.AttemptRow second =
        taken.stream().filter(r -> r.leadId() != first.leadId()).findFirst().orElseThrow();
    String callback = "/api/v1/me/dialer/attempts/" + second.id() + "/callback";
    String owner = names.get(second.agentId());
    agent(owner)
        .contentType(ContentType.JSON)
        .body(Map.of("localTime", "2020-01-01T10:30"))
        .post(callback)
        .then()
        .statusCode(400)
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("localTime"));
    java.time.ZoneId zone = java.time.ZoneId.of(leadZone(second.leadId()));
    java.time.LocalDateTime tomorrow = java.time.LocalDate.now(zone).plusDays(1).atTime(10, 30);
    Response scheduled =
        agent(owner)
            .contentType(ContentType.JSON)
            .body(Map.of("localTime", tomorrow.toString(), "onlyMe", true))
            .post(callback);
    assertThat(scheduled.statusCode()).as(scheduled.asString()).isEqualTo(200);
    assertThat(Instant.parse(scheduled.jsonPath().getString("dueAt")))
        .isEqualTo(tomorrow.atZone(zone).toInstant());
    assertThat(leadStatus(second.leadId())).isEqualTo("CALLBACK_AGENT");

    // In an automatic campaign calls go to whichever agent is free: a callback for one agent only
    // would wait for a preview that never comes, so it is refused and the lead stays as it was.
    if (progressiveCampaign != 0) {
      AttemptStore.AttemptRow automatic =
          attempts.ofCampaign(progressiveCampaign).stream()
              .filter(r -> "CONNECTED".equals(r.outcome()) && r.agentId() != null)
              .findFirst()
              .orElseThrow();
      String before = leadStatus(automatic.leadId());
      Response refused =
          agent(names.get(automatic.agentId()))
              .contentType(ContentType.JSON)
              .body(Map.of("localTime", tomorrow.toString(), "onlyMe", true))
              .post("/api/v1/me/dialer/attempts/" + automatic.id() + "/callback");
      assertThat(refused.statusCode()).as(refused.asString()).isEqualTo(409);
      assertThat(refused.jsonPath().getString("detail"))
          .contains("needs a preview campaign")
          .contains("for any agent");
      assertThat(leadStatus(automatic.leadId())).isEqualTo(before);
    }

    Instant firstDial =
        rows.stream()
            .map(AttemptStore.AttemptRow::dialedAt)
            .filter(java.util.Objects::nonNull)
            .min(Instant::compareTo)
            .orElseThrow();
    Response figures =
        TestUsers.as(Role.CAMPAIGN_MANAGER)
            .queryParam("from", firstDial.toString())
            .queryParam("to", Instant.now().plusSeconds(60).toString())
            .get("/api/v1/dialer/campaigns/" + campaign + "/figures");
    assertThat(figures.statusCode()).as(figures.asString()).isEqualTo(200);
    long dialed = rows.stream().filter(r -> r.dialedAt() != null).count();
    long connected = rows.stream().filter(r -> r.connectedAt() != null).count();
    assertThat(figures.jsonPath().getLong("leadsTotal")).isEqualTo(LEADS);
    assertThat(figures.jsonPath().getLong("dials")).isEqualTo(dialed);
    assertThat(figures.jsonPath().getLong("connected")).isEqualTo(connected);
    assertThat(figures.jsonPath().getDouble("connectRate"))
        .isCloseTo((double) connected / dialed, org.assertj.core.data.Offset.offset(0.001));
    TestUsers.as(Role.AGENT)
        .get("/api/v1/dialer/campaigns/" + campaign + "/figures")
        .then()
        .statusCode(403);
  }

  private String leadStatus(long lead) throws SQLException {
    return leadColumn(lead, "status");
  }

  private String leadZone(long lead) throws SQLException {
    return leadColumn(lead, "time_zone");
  }

  private String leadColumn(long lead, String column) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT " + column + " FROM lead WHERE id = ?")) {
      s.setLong(1, lead);
      try (ResultSet r = s.executeQuery()) {
        assertThat(r.next()).isTrue();
        return r.getString(1);
      }
    }
  }

  private void run(String mode, Double figure) throws Exception {
    long campaign = campaign(mode, figure);
    if (mode.equals("PREVIEW")) {
      previewCampaign = campaign;
    } else if (mode.equals("PROGRESSIVE")) {
      progressiveCampaign = campaign;
    }
    fillList(campaign);
    // Every campaign sends its live answers to dial_out: one login serves all the runs.
    for (String a : agents) {
      Response r =
          agent(a)
              .contentType(ContentType.JSON)
              .body(Map.of("mode", "OUTBOUND"))
              .post("/api/v1/me/agent/login");
      assertThat(r.statusCode()).as(r.asString()).isIn(200, 409);
    }
    TestCentre.startCampaign(campaign);
    long started = System.nanoTime();
    AtomicBoolean done = new AtomicBoolean();
    List<Thread> previewers = new ArrayList<>();
    if (mode.equals("PREVIEW")) {
      for (String a : agents) {
        Thread t = new Thread(() -> previewAndDialEverything(a, campaign, done), "preview-" + a);
        t.setDaemon(true);
        t.start();
        previewers.add(t);
      }
    }
    try {
      try {
        Poll.until(
            Duration.ofSeconds(300),
            mode + ": every lead in a final status and no attempt open",
            () -> Leads.unfinished(db, campaign) == 0);
      } catch (AssertionError e) {
        StringBuilder threads = new StringBuilder();
        Thread.getAllStackTraces()
            .forEach(
                (t, stack) -> {
                  if (t.getName().equals("dialer") || t.getName().equals("acd-live")) {
                    threads.append("\n").append(t.getName()).append(" ").append(t.getState());
                    for (StackTraceElement el : stack) {
                      threads.append("\n  at ").append(el);
                    }
                  }
                });
        String agentStates =
            TestUsers.as(Role.SUPERVISOR)
                .get("/api/v1/supervisor/agents")
                .jsonPath()
                .getList("state")
                .toString();
        throw new AssertionError(
            e.getMessage()
                + "; leads now "
                + statuses(campaign)
                + "; agents "
                + agentStates
                + threads,
            e);
      }
    } finally {
      done.set(true);
      for (Thread t : previewers) {
        t.join(10_000);
      }
      TestCentre.stopCampaign(campaign);
    }
    System.out.printf("%s: list exhausted in %.1f s%n", mode, (System.nanoTime() - started) / 1e9);
    check(campaign, mode);
  }

  /**
   * A simulated agent in preview: takes the next lead, dials it, waits for the call to end, and
   * again, until the run is over. Waits read the database in-process (no HTTP polling storm).
   */
  private void previewAndDialEverything(String agent, long campaign, AtomicBoolean done) {
    while (!done.get()) {
      Response p = agent(agent).get("/api/v1/me/dialer/preview");
      if (p.statusCode() == 200) {
        long attempt = p.jsonPath().getLong("attemptId");
        assertThat(p.jsonPath().getString("script")).startsWith("Hallo Person");
        agent(agent).post("/api/v1/me/dialer/preview/" + attempt + "/dial").then().statusCode(200);
        Poll.until(
            Duration.ofSeconds(30),
            "attempt " + attempt + " ended",
            () -> done.get() || attempts.find(attempt).endedAt() != null);
      } else {
        assertThat(p.statusCode()).isEqualTo(204);
        try {
          Poll.until(
              Duration.ofSeconds(2),
              "a lead due",
              () -> done.get() || hopper.dueCount(campaign, Instant.now(), 1) > 0);
        } catch (AssertionError nothingDueYet) {
          // ask again
        }
      }
    }
  }

  private void check(long campaign, String mode) throws SQLException {
    List<AttemptStore.AttemptRow> rows = attempts.ofCampaign(campaign);
    Map<Long, List<AttemptStore.AttemptRow>> byLead = new HashMap<>();
    Set<String> leadAttempt = new HashSet<>();
    for (AttemptStore.AttemptRow r : rows) {
      byLead.computeIfAbsent(r.leadId(), k -> new ArrayList<>()).add(r);
      if (r.dialedAt() != null) {
        assertThat(leadAttempt.add(r.leadId() + "#" + r.attemptNumber()))
            .as("lead %d dialed twice for attempt %d", r.leadId(), r.attemptNumber())
            .isTrue();
      }
      assertThat(r.endedAt()).as("attempt %d closed", r.id()).isNotNull();
    }
    Map<String, Integer> statuses = new HashMap<>();
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT id, status, attempts, last_outcome FROM lead WHERE campaign_id = ?")) {
      s.setLong(1, campaign);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          long lead = r.getLong(1);
          String status = r.getString(2);
          int count = r.getInt(3);
          statuses.merge(status, 1, Integer::sum);
          List<AttemptStore.AttemptRow> dialed =
              byLead.getOrDefault(lead, List.of()).stream()
                  .filter(a -> a.dialedAt() != null)
                  .toList();
          assertThat(dialed).as("lead %d attempts", lead).hasSize(count);
          assertThat(count).as("lead %d within the limit", lead).isBetween(1, MAX_ATTEMPTS);
          String last = dialed.get(dialed.size() - 1).outcome();
          switch (status) {
            case "DONE" -> assertThat(last).isEqualTo("CONNECTED");
            case "EXHAUSTED" -> {
              assertThat(last).isNotEqualTo("CONNECTED");
              // exhausted: the limit per lead, or the outcome's own limit (MACHINE: 1)
              assertThat(count == MAX_ATTEMPTS || last.equals("MACHINE"))
                  .as("lead %d", lead)
                  .isTrue();
            }
            default ->
                throw new AssertionError("lead " + lead + " ended " + status + " in " + mode);
          }
        }
      }
    }
    assertThat(statuses.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(LEADS);
    assertThat(statuses.get("DONE")).as(mode + " " + statuses).isGreaterThan(LEADS / 4);
    System.out.printf("%s: %s, %d attempts%n", mode, statuses, rows.size());
  }

  private Map<String, Integer> statuses(long campaign) {
    Map<String, Integer> out = new HashMap<>();
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT status, COUNT(*) FROM lead WHERE campaign_id = ? GROUP BY status")) {
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

  private long campaign(String mode, Double figure) {
    Map<String, Object> c =
        TestCentre.campaignOnTheSimulator(
            "Dialer acceptance " + mode, mode, "dial_out", inboundQueueId);
    if (mode.equals("POWER")) {
      c.put("powerRatio", figure);
    }
    if (mode.equals("PREDICTIVE")) {
      c.put("targetAbandonPercent", figure);
    }
    c.put("maxAttemptsPerLead", MAX_ATTEMPTS);
    c.put("maxAttemptsPerDay", MAX_ATTEMPTS);
    c.put("script", "Hallo {{firstName|there}}, ...");
    c.put("retryRules", TestCentre.retryEveryFailureUpTo(MAX_ATTEMPTS));
    return TestCentre.createCampaign(c).jsonPath().getLong("id");
  }

  private void fillList(long campaign) throws SQLException {
    Instant now = Instant.now();
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      long list;
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO lead_list (campaign_id, name, default_country, duplicate_policy, state,"
                  + " lead_count, created_by, created_at, activated_at) VALUES (?, 'acceptance',"
                  + " 'DE', 'SKIP', 'ACTIVE', ?, 'test', ?, ?)",
              java.sql.Statement.RETURN_GENERATED_KEYS)) {
        s.setLong(1, campaign);
        s.setInt(2, LEADS);
        s.setTimestamp(3, Timestamp.from(now));
        s.setTimestamp(4, Timestamp.from(now));
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
                  + " next_call_at, created_at) VALUES (?, ?, ?, ?, 'DE', ?, 'HOME', 'FIXED_LINE',"
                  + " 'Europe/Berlin', 'NUMBER', 'READY', ?, ?, ?)")) {
        for (int i = 0; i < LEADS; i++) {
          s.setLong(1, list);
          s.setLong(2, campaign);
          s.setLong(3, i + 2);
          s.setString(4, "Person " + i);
          s.setString(5, String.format("+4930%d%07d", campaign % 9 + 1, i));
          s.setInt(6, i % 3);
          s.setTimestamp(7, Timestamp.from(now.minusSeconds(60)));
          s.setTimestamp(8, Timestamp.from(now));
          s.addBatch();
        }
        s.executeBatch();
      }
      c.commit();
    }
  }

  private static RequestSpecification agent(String name) {
    return given().auth().preemptive().basic(name, PASSWORD);
  }
}
