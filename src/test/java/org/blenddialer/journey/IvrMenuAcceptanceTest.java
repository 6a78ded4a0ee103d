package org.blenddialer.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blenddialer.journey.JourneyFixtures.SALES;
import static org.blenddialer.journey.JourneyFixtures.SUPPORT;
import static org.blenddialer.journey.JourneyFixtures.destination;
import static org.blenddialer.users.rest.TestUsers.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.blenddialer.telephony.EventRecorder;
import org.blenddialer.telephony.Pbx;
import org.blenddialer.telephony.PbxEvent;
import org.blenddialer.telephony.pbxsim.PbxSimulator;
import org.blenddialer.testing.Poll;
import org.blenddialer.users.Role;
import org.blenddialer.users.rest.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Voice menus end to end: an administrator defines a two-level menu through the API (bad plans
 * refused whole), the service writes the dialplan include and reloads it over AMI, and simulated
 * callers pressing keys on the PBX simulator end in the right queue or message, with their paths
 * and the self-service figure recorded.
 */
@QuarkusTest
@TestProfile(JourneyProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IvrMenuAcceptanceTest {

  private static final Duration DEADLINE = Duration.ofSeconds(30);
  private static final Path FILE = Path.of("target/journey/blenddialer-ivr.conf");

  @Inject PbxSimulator simulator;
  @Inject Pbx pbx;

  @BeforeEach
  void queues() {
    JourneyFixtures.ensureQueues();
  }

  private static Map<String, Object> main(Map<String, Object> one) {
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("1", one);
    options.put("2", destination("queue", SUPPORT));
    options.put("3", destination("message", "custom/opening-hours"));
    Map<String, Object> menu = new HashMap<>();
    menu.put("greeting", "custom/main-menu");
    menu.put("greetingText", "For billing press 1, for support press 2");
    menu.put("timeoutSeconds", 3);
    menu.put("maxRetries", 1);
    menu.put("options", options);
    menu.put("noChoice", destination("queue", SUPPORT));
    return menu;
  }

  private static Map<String, Object> billing(boolean backToMain) {
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("1", destination("queue", SALES));
    options.put("2", destination("message", "custom/balance"));
    if (backToMain) {
      options.put("0", destination("menu", "main"));
    }
    return Map.of("greeting", "custom/billing-menu", "options", options);
  }

  @Test
  @Order(1)
  void badMenusAreRefusedWholeAndChangeNothing() throws Exception {
    String before = Files.exists(FILE) ? Files.readString(FILE) : "";
    asAdmin()
        .contentType(ContentType.JSON)
        .body(main(destination("queue", "no_such_queue")))
        .put("/api/v1/ivr/menus/main")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("main.options.1"))
        .body("detail", containsString("no_such_queue"));
    asAdmin()
        .contentType(ContentType.JSON)
        .body(
            Map.of("greeting", "custom/loop", "options", Map.of("1", destination("menu", "loop"))))
        .put("/api/v1/ivr/menus/loop")
        .then()
        .statusCode(400)
        .body("detail", containsString("no exit"));
    asAdmin()
        .contentType(ContentType.JSON)
        .body(main(destination("menu", "billing")))
        .put("/api/v1/ivr/menus/main")
        .then()
        .statusCode(400)
        .body("detail", containsString("no menu named 'billing'"));
    asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("greeting", "custom/x", "options", Map.of("x", destination("queue", SUPPORT))))
        .put("/api/v1/ivr/menus/keys")
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("options"));
    TestUsers.as(Role.SUPERVISOR)
        .contentType(ContentType.JSON)
        .body(billing(false))
        .put("/api/v1/ivr/menus/billing")
        .then()
        .statusCode(403);
    assertThat(asAdmin().get("/api/v1/ivr/menus").jsonPath().getList("name", String.class))
        .doesNotContain("main", "loop", "keys", "billing");
    assertThat(Files.exists(FILE) ? Files.readString(FILE) : "").isEqualTo(before);
  }

  @Test
  @Order(2)
  void anAdministratorDefinesATwoLevelMenuAndItIsDeployedToThePbx() throws Exception {
    asAdmin()
        .contentType(ContentType.JSON)
        .body(billing(false))
        .put("/api/v1/ivr/menus/billing")
        .then()
        .statusCode(200)
        .body("deployment.reloaded.embedded", equalTo("Dialplan reloaded."));
    asAdmin()
        .contentType(ContentType.JSON)
        .body(main(destination("menu", "billing")))
        .put("/api/v1/ivr/menus/main")
        .then()
        .statusCode(200)
        .body("menu.name", equalTo("main"));
    asAdmin()
        .contentType(ContentType.JSON)
        .body(billing(true))
        .put("/api/v1/ivr/menus/billing")
        .then()
        .statusCode(200)
        .body("menu.definition.options.0.target", equalTo("main"));
    asAdmin()
        .delete("/api/v1/ivr/menus/billing")
        .then()
        .statusCode(409)
        .body("detail", containsString("main"));
    String dialplan = Files.readString(FILE);
    assertThat(dialplan)
        .contains("[ivr-main]", "[ivr-billing]", "Goto(inbound," + SALES + ",1)")
        .isEqualTo(
            asAdmin().get("/api/v1/ivr/dialplan").then().statusCode(200).extract().asString());
  }

  @Test
  @Order(3)
  void callersPressKeysThroughTwoMenusIntoTheRightQueueOrAMessage() {
    EventRecorder events = new EventRecorder();
    try (Pbx.Subscription s = pbx.subscribe(events)) {
      String toSales = simulator.placeMenuCall("ivr-main", "4520000001", List.of("1", "1"), 1);
      String selfServed = simulator.placeMenuCall("ivr-main", "4520000002", List.of("1", "2"), 1);
      String wandering =
          simulator.placeMenuCall("ivr-main", "4520000003", List.of("7", "t"), 1); // no choice
      PbxEvent.CallerJoinedQueue sales =
          events.await(
              PbxEvent.CallerJoinedQueue.class, e -> e.channel().equals(toSales), DEADLINE);
      assertThat(sales.queue()).isEqualTo(SALES);
      PbxEvent.CallerJoinedQueue support =
          events.await(
              PbxEvent.CallerJoinedQueue.class, e -> e.channel().equals(wandering), DEADLINE);
      assertThat(support.queue()).isEqualTo(SUPPORT);
      events.await(PbxEvent.CallHungUp.class, e -> e.channel().equals(selfServed), DEADLINE);
      assertThat(events.all(PbxEvent.CallerJoinedQueue.class))
          .noneMatch(e -> e.channel().equals(selfServed));
      assertThat(events.all(PbxEvent.MenuStepTaken.class))
          .filteredOn(e -> e.channel().equals(toSales))
          .extracting(e -> e.menu() + ":" + e.input() + ":" + e.kind() + ":" + e.target())
          .containsExactly(
              "main:enter:menu:main",
              "main:1:menu:billing",
              "billing:enter:menu:billing",
              "billing:1:queue:" + SALES);
    }
    var supervisor = TestUsers.as(Role.SUPERVISOR);
    Poll.until(
        DEADLINE,
        "three menu paths recorded",
        () -> supervisor.get("/api/v1/ivr/paths").jsonPath().getList("callId").size() >= 3);
    List<Map<String, Object>> paths =
        TestUsers.as(Role.SUPERVISOR).get("/api/v1/ivr/paths").jsonPath().getList("");
    Map<String, Object> toSales = byCaller(paths, "4520000001");
    assertThat(toSales)
        .containsEntry("outcome", "QUEUE")
        .containsEntry("destination", SALES)
        .containsEntry("inputs", List.of("1", "1"))
        .containsEntry("menus", List.of("main", "billing"))
        .containsEntry("selfServed", false);
    assertThat(((Number) toSales.get("secondsInMenu")).doubleValue()).isPositive();
    assertThat(byCaller(paths, "4520000002"))
        .containsEntry("outcome", "MESSAGE")
        .containsEntry("destination", "custom/balance")
        .containsEntry("selfServed", true);
    assertThat(byCaller(paths, "4520000003"))
        .containsEntry("outcome", "QUEUE")
        .containsEntry("destination", SUPPORT)
        .containsEntry("inputs", List.of("i", "t"));
    TestUsers.as(Role.SUPERVISOR)
        .get("/api/v1/acd/kpis/self-service")
        .then()
        .statusCode(200)
        .body("'*'.callers", equalTo(3))
        .body("main.selfServed", equalTo(1))
        .body("main.toQueue", equalTo(2));
  }

  private static Map<String, Object> byCaller(List<Map<String, Object>> paths, String number) {
    return paths.stream()
        .filter(p -> number.equals(p.get("callerNumber")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no path for " + number + " in " + paths));
  }
}
