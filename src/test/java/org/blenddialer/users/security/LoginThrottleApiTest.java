package org.blenddialer.users.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.blenddialer.users.rest.TestUsers;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LoginThrottleApiTest {

  @Test
  void fiveWrongPasswordsLockTheUserOutEvenForTheRightOne() {
    TestUsers.createUser("guessed.user", "Guessed", "the right password", "AGENT");

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
