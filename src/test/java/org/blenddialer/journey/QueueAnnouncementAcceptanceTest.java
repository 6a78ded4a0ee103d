package org.blenddialer.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blenddialer.users.rest.TestUsers.asAdmin;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.blenddialer.telephony.pbxsim.PbxSimulator;
import org.blenddialer.testing.Poll;
import org.junit.jupiter.api.Test;

/**
 * Position and wait announcements per queue: bad values refused at their field, good ones written
 * into the generated queues.conf include and reloaded, and a caller waiting in the simulator hears
 * them at the configured frequency.
 */
@QuarkusTest
@TestProfile(JourneyProfile.class)
class QueueAnnouncementAcceptanceTest {

  private static final String QUEUE = "journey_announce";
  private static final Path FILE = Path.of("target/asterisk-config/blenddialer-queues.conf");

  @Inject PbxSimulator simulator;

  @Test
  void waitingCallersHearTheirPositionTheWaitAndThePeriodicMessage() throws Exception {
    long id = queue(null);
    Map<String, Object> bad = new HashMap<>();
    bad.put("position", "SOMETIMES");
    put(id, bad)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("announcements.position"));
    put(id, Map.of("position", "YES", "frequencySeconds", 0))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("announcements.frequencySeconds"));
    put(id, Map.of("position", "LIMIT", "frequencySeconds", 20))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("announcements.positionLimit"));
    put(id, Map.of("periodicSound", "custom/hold on", "periodicFrequencySeconds", 30))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("announcements.periodicSound"));

    put(
            id,
            Map.of(
                "position", "YES",
                "holdTime", "ONCE",
                "frequencySeconds", 20,
                "periodicSound", "custom/please-hold",
                "periodicFrequencySeconds", 30))
        .then()
        .statusCode(200)
        .body("announcements.position", equalTo("YES"))
        .body("announcements.frequencySeconds", equalTo(20));
    String text = Files.readString(FILE, StandardCharsets.UTF_8);
    assertThat(text)
        .contains(
            "["
                + QUEUE
                + "](+)\n"
                + "announce-frequency = 20\n"
                + "announce-position = yes\n"
                + "announce-holdtime = once\n"
                + "periodic-announce = custom/please-hold\n"
                + "periodic-announce-frequency = 30\n");

    // Nobody serves the queue: two callers wait (100 s at most); the second hears "position 2".
    String first = simulator.placeInboundCall(QUEUE, "4532000101", 100);
    String second = simulator.placeInboundCall(QUEUE, "4532000102", 100);
    Poll.until(
        Duration.ofSeconds(30),
        "the second caller heard position, wait, message and position again",
        () -> simulator.announcementsHeard(second).size() >= 4);
    List<String> heard = simulator.announcementsHeard(second);
    // At 20 s: position and the wait (once only); 30 s: the message; 40 s: the position again.
    assertThat(heard.subList(0, 4))
        .containsExactly("position:2", "holdtime:1", "periodic:custom/please-hold", "position:2");
    assertThat(simulator.announcementsHeard(first)).startsWith("position:1");

    // Announcements off again: a new caller hears nothing.
    put(id, Map.of("position", "NO", "holdTime", "NO", "frequencySeconds", 0))
        .then()
        .statusCode(200);
    assertThat(Files.readString(FILE, StandardCharsets.UTF_8))
        .contains("[" + QUEUE + "](+)\nannounce-frequency = 0\n");
  }

  private io.restassured.response.Response put(long id, Map<String, Object> announcements) {
    return asAdmin()
        .contentType(ContentType.JSON)
        .body(definition(announcements))
        .put("/api/v1/queues/" + id);
  }

  private static Map<String, Object> definition(Map<String, Object> announcements) {
    Map<String, Object> d = new HashMap<>();
    d.put("name", "Journey announcements");
    d.put("asteriskQueue", QUEUE);
    d.put("strategy", "RRMEMORY");
    d.put("serviceLevelPercent", 80);
    d.put("serviceLevelSeconds", 20);
    d.put("wrapUpSeconds", 0);
    d.put("ringTimeoutSeconds", 15);
    d.put("recording", false);
    if (announcements != null) {
      d.put("announcements", announcements);
    }
    return d;
  }

  private long queue(Map<String, Object> announcements) {
    for (Map<String, Object> q :
        asAdmin().get("/api/v1/queues").jsonPath().<Map<String, Object>>getList("")) {
      if (QUEUE.equals(q.get("asteriskQueue"))) {
        return ((Number) q.get("id")).longValue();
      }
    }
    return asAdmin()
        .contentType(ContentType.JSON)
        .body(definition(announcements))
        .post("/api/v1/queues")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }
}
