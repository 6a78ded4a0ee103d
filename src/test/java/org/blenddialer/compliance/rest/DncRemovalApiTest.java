package org.blenddialer.compliance.rest;

import static org.blenddialer.users.rest.TestUsers.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.blenddialer.users.Role;
import org.blenddialer.users.rest.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Taking a number off a DNC list: audited with its reason, and in force at the next decision. */
@QuarkusTest
class DncRemovalApiTest {

  private static final String NUMBER = "+12125550161";

  @BeforeEach
  void freshUsRegistry() {
    TestUsers.as(Role.COMPLIANCE_OFFICER)
        .contentType("text/plain")
        .queryParam("asOf", LocalDate.now(ZoneOffset.UTC).toString())
        .body("2125550199\n")
        .post("/api/v1/compliance/registries/US-NDNC/imports")
        .then()
        .statusCode(201);
  }

  @Test
  void aNumberRemovedFromTheInternalListMayBeCalledAtTheVeryNextCheck() {
    asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("number", NUMBER, "channel", "api", "note", "asked on the phone"))
        .post("/api/v1/compliance/dnc/lists/internal/entries")
        .then()
        .statusCode(201);
    check().body("decision.allowed", equalTo(false));

    TestUsers.as(Role.COMPLIANCE_OFFICER)
        .contentType(ContentType.JSON)
        .body(Map.of("number", "+1 212 555 0161", "reason", "entered by mistake, ticket 4711"))
        .post("/api/v1/compliance/dnc/lists/internal/removals")
        .then()
        .statusCode(201)
        .body("number", equalTo(NUMBER))
        .body("removedBy", equalTo(TestUsers.usernameFor(Role.COMPLIANCE_OFFICER)))
        .body("addedBy", equalTo("admin"));

    check().body("decision.allowed", equalTo(true));
    TestUsers.as(Role.COMPLIANCE_OFFICER)
        .queryParam("number", NUMBER)
        .get("/api/v1/compliance/dnc/lists/internal/entries")
        .then()
        .body("", hasSize(0));
    TestUsers.as(Role.COMPLIANCE_OFFICER)
        .queryParam("number", NUMBER)
        .get("/api/v1/compliance/dnc/lists/internal/removals")
        .then()
        .body("", hasSize(1))
        .body("[0].reason", equalTo("entered by mistake, ticket 4711"));
    TestUsers.as(Role.COMPLIANCE_OFFICER)
        .queryParam("number", NUMBER)
        .queryParam("action", "dnc.entry.removed")
        .get("/api/v1/audit/records")
        .then()
        .body("", hasSize(1))
        .body("[0].actor", equalTo(TestUsers.usernameFor(Role.COMPLIANCE_OFFICER)))
        .body("[0].details", containsString("entered by mistake, ticket 4711"));

    // Added again, it is refused again.
    asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("number", NUMBER))
        .post("/api/v1/compliance/dnc/lists/internal/entries")
        .then()
        .statusCode(201);
    check().body("decision.allowed", equalTo(false));
  }

  @Test
  void removingANumberThatIsNotOnTheListIsNotFoundAndARemovalNeedsAReason() {
    asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("number", "+12125550162", "reason", "no such entry"))
        .post("/api/v1/compliance/dnc/lists/internal/removals")
        .then()
        .statusCode(404);
    asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("number", "+12125550162"))
        .post("/api/v1/compliance/dnc/lists/internal/removals")
        .then()
        .statusCode(400);
  }

  private static ValidatableResponse check() {
    ZoneId newYork = ZoneId.of("America/New_York");
    return TestUsers.as(Role.COMPLIANCE_OFFICER)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "number",
                NUMBER,
                "dialMode",
                "MANUAL",
                "at",
                LocalDate.now(newYork).atTime(12, 0).atZone(newYork).toInstant().toString()))
        .post("/api/v1/compliance/checks")
        .then()
        .statusCode(200);
  }
}
