package org.blenddialer.users.security;

import static io.restassured.RestAssured.given;
import static org.blenddialer.users.rest.TestUsers.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LoginThrottleApiTest {

  @Test
  void fiveWrongPasswordsLockTheUserOutEvenForTheRightOne() {
    asAdmin()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "username", "guessed.user",
                "displayName", "Guessed",
                "password", "the right password",
                "roles", List.of("AGENT")))
        .post("/api/v1/users")
        .then()
        .statusCode(201);

    for (int i = 0; i < 5; i++) {
      given()
          .auth()
          .preemptive()
          .basic("guessed.user", "guess " + i)
          .get("/api/v1/me")
          .then()
          .statusCode(401);
    }
    given()
        .auth()
        .preemptive()
        .basic("guessed.user", "the right password")
        .get("/api/v1/me")
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .header("Retry-After", notNullValue())
        .body("title", equalTo("Too many failed logins"));
  }
}
