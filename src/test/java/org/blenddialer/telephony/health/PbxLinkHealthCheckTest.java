package org.blenddialer.telephony.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import org.blenddialer.telephony.EventRecorder;
import org.blenddialer.telephony.pbxsim.PbxSimulator;
import org.junit.jupiter.api.Test;

/** /q/health/ready shows the PBX link: UP when connected and re-synced, DOWN otherwise. */
@QuarkusTest
class PbxLinkHealthCheckTest {

  @Inject PbxSimulator simulator;

  private static JsonPath readiness() {
    return given().get("/q/health/ready").then().extract().jsonPath();
  }

  private static String pbxCheckStatus() {
    return readiness().getString("checks.find { it.name == 'PBX link' }.status");
  }

  @Test
  void readinessShowsTheEmbeddedPbxLinkUp() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("checks.name", hasItem("PBX link"))
        .body("checks.find { it.name == 'PBX link' }.status", org.hamcrest.Matchers.equalTo("UP"))
        .body("checks.find { it.name == 'PBX link' }.data.embedded", startsWith("READY"));
  }

  @Test
  void readinessGoesDownWhileThePbxIsGoneAndUpWhenItIsBack() throws IOException {
    simulator.stop();
    try {
      EventRecorder.awaitTrue(
          "PBX link DOWN", () -> "DOWN".equals(pbxCheckStatus()), Duration.ofSeconds(20));
      given().get("/q/health/ready").then().statusCode(503);
    } finally {
      simulator.start();
    }
    EventRecorder.awaitTrue(
        "PBX link UP", () -> "UP".equals(pbxCheckStatus()), Duration.ofSeconds(30));
  }
}
