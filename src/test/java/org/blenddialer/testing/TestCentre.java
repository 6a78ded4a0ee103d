package org.blenddialer.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blenddialer.users.rest.TestUsers.asAdmin;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.blenddialer.users.Role;
import org.blenddialer.users.rest.TestUsers;

/**
 * The tests' call centre, set up through the admin and campaign APIs as people set it up: inbound
 * queues, agents on simulated phones of the PBX simulator, and campaigns dialing on its trunk.
 */
public final class TestCentre {

  /** Every day of the week, for campaigns that may call at any time. */
  public static final List<String> EVERY_DAY =
      List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");

  private TestCentre() {}

  /** A new ring-memory inbound queue without wrap-up or recording; returns its id. */
  public static long inboundQueue(String name, String asteriskQueue) {
    return inboundQueue(name, asteriskQueue, 0, false);
  }

  /** A new ring-memory inbound queue (80% in 20 s, 15 s ring timeout); returns its id. */
  public static long inboundQueue(
      String name, String asteriskQueue, int wrapUpSeconds, boolean recording) {
    return TestUsers.createdId(
        asAdmin()
            .contentType(ContentType.JSON)
            .body(queueSettings(name, asteriskQueue, wrapUpSeconds, recording)),
        "/api/v1/queues");
  }

  /** The settings of a ring-memory inbound queue: 80% in 20 s, 15 s ring timeout. */
  public static Map<String, Object> queueSettings(
      String name, String asteriskQueue, int wrapUpSeconds, boolean recording) {
    return Map.of(
        "name",
        name,
        "asteriskQueue",
        asteriskQueue,
        "strategy",
        "RRMEMORY",
        "serviceLevelPercent",
        80,
        "serviceLevelSeconds",
        20,
        "wrapUpSeconds",
        wrapUpSeconds,
        "ringTimeoutSeconds",
        15,
        "recording",
        recording);
  }

  /** The id of the queue on {@code asteriskQueue}, made as {@link #inboundQueue} if missing. */
  public static synchronized long ensureInboundQueue(
      String name, String asteriskQueue, int wrapUpSeconds, boolean recording) {
    Long id = queueId(asteriskQueue);
    return id != null ? id : inboundQueue(name, asteriskQueue, wrapUpSeconds, recording);
  }

  /** The id of the queue on {@code asteriskQueue}, or null where there is none. */
  public static Long queueId(String asteriskQueue) {
    Number id =
        asAdmin()
            .get("/api/v1/queues")
            .jsonPath()
            .get("find { it.asteriskQueue == '" + asteriskQueue + "' }.id");
    return id == null ? null : id.longValue();
  }

  /** The simulated phone the PBX simulator gives an agent: {@code Local/<name>@sim-agent/n}. */
  public static String simulatedPhone(String username) {
    return "Local/" + username.replace("-", "") + "@sim-agent/n";
  }

  /**
   * A new agent user and its agent on a {@link #simulatedPhone}, both shown as the user name,
   * allowed {@code modes} and skilled on {@code queueId} with penalty 0; returns the agent's id.
   */
  public static long agentOnSimulatedPhone(
      String username, String password, List<String> modes, long queueId) {
    return agentOnSimulatedPhone(username, username, username, password, modes, queueId);
  }

  /**
   * A new agent user shown as {@code userDisplayName} and its agent shown as {@code
   * agentDisplayName} on a {@link #simulatedPhone}, allowed {@code modes} and skilled on {@code
   * queueId} with penalty 0; returns the agent's id.
   */
  public static long agentOnSimulatedPhone(
      String username,
      String userDisplayName,
      String agentDisplayName,
      String password,
      List<String> modes,
      long queueId) {
    long userId = TestUsers.createUser(username, userDisplayName, password, "AGENT");
    return agent(userId, username, agentDisplayName, modes, queueId);
  }

  /**
   * As {@link #agentOnSimulatedPhone(String, String, String, String, List, long)} where {@code
   * username} has no agent yet; reuses its user where only that exists; does nothing otherwise.
   */
  public static synchronized void ensureAgentOnSimulatedPhone(
      String username,
      String userDisplayName,
      String agentDisplayName,
      String password,
      List<String> modes,
      long queueId) {
    if (asAdmin().get("/api/v1/agents").jsonPath().getList("username").contains(username)) {
      return;
    }
    Number userId =
        asAdmin()
            .get("/api/v1/users")
            .jsonPath()
            .get("find { it.username == '" + username + "' }.id");
    if (userId == null) {
      agentOnSimulatedPhone(username, userDisplayName, agentDisplayName, password, modes, queueId);
    } else {
      agent(userId.longValue(), username, agentDisplayName, modes, queueId);
    }
  }

  private static long agent(
      long userId, String username, String displayName, List<String> modes, long queueId) {
    return TestUsers.createdId(
        asAdmin()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "userId",
                    userId,
                    "displayName",
                    displayName,
                    "device",
                    simulatedPhone(username),
                    "allowedModes",
                    modes,
                    "skills",
                    List.of(Map.of("queueId", queueId, "penalty", 0)))),
        "/api/v1/agents");
  }

  /**
   * A campaign's settings on the embedded simulator's trunk, calling any day at any hour from
   * +4930901820, hanging up on machines, 3 attempts a lead and a day, leads by priority, skilled on
   * {@code skillQueueId}; callers add or change what their campaign needs.
   */
  public static Map<String, Object> campaignOnTheSimulator(
      String name, String dialMode, String asteriskQueue, long skillQueueId) {
    Map<String, Object> c = new HashMap<>();
    c.put("name", name);
    c.put("dialMode", dialMode);
    c.put("asteriskQueue", asteriskQueue);
    c.put("asteriskServer", "embedded");
    c.put("trunk", "sim");
    c.put("callerId", "+4930901820");
    c.put("callingHoursStart", "00:00");
    c.put("callingHoursEnd", "23:59:59");
    c.put("callingDays", EVERY_DAY);
    c.put("amdHandling", "HANG_UP");
    c.put("maxAttemptsPerLead", 3);
    c.put("maxAttemptsPerDay", 3);
    c.put("leadOrder", "PRIORITY");
    c.put("skillQueueIds", List.of(skillQueueId));
    return c;
  }

  /** Retries after busy, no answer, congestion, abandon and failure up to max; a machine once. */
  public static List<Map<String, Object>> retryEveryFailureUpTo(int max) {
    return List.of(
        retry("BUSY", max),
        retry("NO_ANSWER", max),
        retry("CONGESTION", max),
        retry("ABANDONED", max),
        retry("FAILED", max),
        retry("MACHINE", 1));
  }

  private static Map<String, Object> retry(String outcome, int max) {
    return Map.of("outcome", outcome, "delayMinutes", 0, "maxAttempts", max);
  }

  /** A compliance officer puts the number on the internal DNC list (the person asked by letter). */
  public static void listOnInternalDnc(String number) {
    TestUsers.as(Role.COMPLIANCE_OFFICER)
        .contentType(ContentType.JSON)
        .body(Map.of("number", number, "channel", "api", "note", "asked by letter"))
        .post("/api/v1/compliance/dnc/lists/internal/entries")
        .then()
        .statusCode(201);
  }

  /** A campaign manager creates the campaign; fails unless it is created (201). */
  public static Response createCampaign(Map<String, Object> settings) {
    Response r =
        TestUsers.as(Role.CAMPAIGN_MANAGER)
            .contentType(ContentType.JSON)
            .body(settings)
            .post("/api/v1/campaigns");
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
    return r;
  }

  /** A campaign manager starts the campaign; fails unless it starts (200). */
  public static void startCampaign(long campaign) {
    TestUsers.as(Role.CAMPAIGN_MANAGER)
        .post("/api/v1/campaigns/" + campaign + "/start")
        .then()
        .statusCode(200);
  }

  /** A campaign manager stops the campaign (best effort, for clean-up). */
  public static void stopCampaign(long campaign) {
    TestUsers.as(Role.CAMPAIGN_MANAGER).post("/api/v1/campaigns/" + campaign + "/stop");
  }
}
