package org.blenddialer.users.rest;

import static io.restassured.RestAssured.given;
import static org.blenddialer.users.rest.TestUsers.asAdmin;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UserResourceTest {

  @Test
  void administratorLogsInAndSeesThemselves() {
    asAdmin()
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("username", equalTo("admin"))
        .body("roles", hasItem("ADMIN"))
        .body("passwordHash", nullValue());
  }

  @Test
  void administratorCreatesAnAgentWhoIsForbiddenFromUserAdministration() {
    int id =
        asAdmin()
            .contentType(ContentType.JSON)
            .body(newUser("mette.agent", List.of("AGENT")))
            .post("/api/v1/users")
            .then()
            .statusCode(201)
            .header("Location", startsWith("http"))
            .body("roles", containsInAnyOrder("AGENT"))
            .body("enabled", equalTo(true))
            .extract()
            .path("id");

    given()
        .auth()
        .preemptive()
        .basic("mette.agent", "correct horse battery")
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("displayName", equalTo("Mette Sørensen"));

    given()
        .auth()
        .preemptive()
        .basic("mette.agent", "correct horse battery")
        .get("/api/v1/users")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("status", equalTo(403))
        .body("title", equalTo("Forbidden"));
  }

  @Test
  void rolesCanBeChangedAndADisabledUserCannotLogIn() {
    int id = create("lars.supervisor", List.of("AGENT"));
    asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("roles", List.of("SUPERVISOR", "AGENT")))
        .put("/api/v1/users/" + id + "/roles")
        .then()
        .statusCode(200)
        .body("roles", containsInAnyOrder("AGENT", "SUPERVISOR"));

    asAdmin().post("/api/v1/users/" + id + "/disable").then().statusCode(200);
    given()
        .auth()
        .preemptive()
        .basic("lars.supervisor", "correct horse battery")
        .get("/api/v1/me")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", startsWith("Basic"));

    asAdmin().post("/api/v1/users/" + id + "/enable").then().statusCode(200);
    given()
        .auth()
        .preemptive()
        .basic("lars.supervisor", "correct horse battery")
        .get("/api/v1/me")
        .then()
        .statusCode(200);
  }

  @Test
  void invalidUserIsRejectedWithTheOffendingFields() {
    asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("username", "bad name!", "displayName", "", "roles", List.of("AGENT")))
        .post("/api/v1/users")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("https://blenddialer.org/problems/validation"))
        .body("errors.field", containsInAnyOrder("displayName", "password", "username"));
  }

  @Test
  void unknownRoleIsAMalformedBodyNotAServerError() {
    asAdmin()
        .contentType(ContentType.JSON)
        .body(newUser("x.unknownrole", List.of("JANITOR")))
        .post("/api/v1/users")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("https://blenddialer.org/problems/malformed-body"))
        .body("errors[0].field", startsWith("roles"))
        .body("detail", not(startsWith("java")));
  }

  @Test
  void brokenJsonIsAMalformedBodyProblem() {
    asAdmin()
        .contentType(ContentType.JSON)
        .body("{\"username\": \"half")
        .post("/api/v1/users")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("https://blenddialer.org/problems/malformed-body"));
  }

  @Test
  void shortPasswordAndDuplicateUsernameAreRefused() {
    asAdmin()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "username", "short.pw",
                "displayName", "Short",
                "password", "abc",
                "roles", List.of("AGENT")))
        .post("/api/v1/users")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("password"));

    create("dup.user", List.of("AGENT"));
    asAdmin()
        .contentType(ContentType.JSON)
        .body(newUser("dup.user", List.of("AGENT")))
        .post("/api/v1/users")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
  }

  @Test
  void nobodyDisablesThemselves() {
    int adminId = asAdmin().get("/api/v1/me").then().extract().path("id");
    asAdmin()
        .post("/api/v1/users/" + adminId + "/disable")
        .then()
        .statusCode(409)
        .body("detail", equalTo("You cannot disable your own account"));
  }

  @Test
  void theLastEnabledAdministratorKeepsTheAdminRole() {
    int adminId = asAdmin().get("/api/v1/me").then().extract().path("id");
    List<Integer> otherAdmins =
        asAdmin()
            .get("/api/v1/users")
            .jsonPath()
            .getList(
                "findAll { it.enabled && it.roles.contains('ADMIN') && it.id != "
                    + adminId
                    + " }.id");
    otherAdmins.forEach(
        id -> asAdmin().post("/api/v1/users/" + id + "/disable").then().statusCode(200));
    try {
      asAdmin()
          .contentType(ContentType.JSON)
          .body(Map.of("roles", List.of("AGENT")))
          .put("/api/v1/users/" + adminId + "/roles")
          .then()
          .statusCode(409)
          .body(
              "detail",
              equalTo("Cannot remove the ADMIN role from the last enabled administrator"));
    } finally {
      otherAdmins.forEach(
          id -> asAdmin().post("/api/v1/users/" + id + "/enable").then().statusCode(200));
    }
  }

  @Test
  void usersChangeTheirOwnPasswordAfterProvingTheCurrentOne() {
    create("pia.newpass", List.of("CAMPAIGN_MANAGER"));
    given()
        .auth()
        .preemptive()
        .basic("pia.newpass", "correct horse battery")
        .contentType(ContentType.JSON)
        .body(Map.of("currentPassword", "wrong password", "newPassword", "a much better one"))
        .put("/api/v1/me/password")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("currentPassword"));
    given()
        .auth()
        .preemptive()
        .basic("pia.newpass", "correct horse battery")
        .contentType(ContentType.JSON)
        .body(
            Map.of("currentPassword", "correct horse battery", "newPassword", "a much better one"))
        .put("/api/v1/me/password")
        .then()
        .statusCode(204);
    given()
        .auth()
        .preemptive()
        .basic("pia.newpass", "a much better one")
        .get("/api/v1/me")
        .then()
        .statusCode(200);
  }

  @Test
  void unknownUserIsAProblemNotAStackTrace() {
    asAdmin()
        .get("/api/v1/users/987654")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", equalTo("User 987654 does not exist"))
        .body("instance", equalTo("/api/v1/users/987654"));
  }

  private static int create(String username, List<String> roles) {
    return asAdmin()
        .contentType(ContentType.JSON)
        .body(newUser(username, roles))
        .post("/api/v1/users")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static Map<String, Object> newUser(String username, List<String> roles) {
    return Map.of(
        "username",
        username,
        "displayName",
        "Mette Sørensen",
        "password",
        "correct horse battery",
        "roles",
        roles);
  }
}
