package org.blenddialer.users.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.blenddialer.users.Role;

/** Users the API tests log in as: the first administrator and one user per role. */
public final class TestUsers {

  /** The administrator created on first start from %test.dialer.admin.password. */
  public static final String ADMIN = "admin";

  /** The first administrator's password in the test profile. */
  public static final String ADMIN_PASSWORD = "test-admin-password";

  /** Password of every per-role test user. */
  public static final String PASSWORD = "role-user-password";

  private TestUsers() {}

  /** A request authenticated as the first administrator. */
  public static RequestSpecification asAdmin() {
    return given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD);
  }

  /** A request authenticated as the test user holding just this role (created on first use). */
  public static RequestSpecification as(Role role) {
    String username = usernameFor(role);
    ensure(username, role);
    return given().auth().preemptive().basic(username, PASSWORD);
  }

  /** The username of the per-role test user. */
  public static String usernameFor(Role role) {
    return "test-" + role.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static synchronized void ensure(String username, Role role) {
    List<String> existing = asAdmin().get("/api/v1/users").jsonPath().getList("username");
    if (existing.contains(username)) {
      return;
    }
    createUser(username, "Test " + role, PASSWORD, role.name());
  }

  /** An administrator creates a user; fails unless it is created (201); returns its id. */
  public static long createUser(
      String username, String displayName, String password, String... roles) {
    return createdId(
        asAdmin()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "username",
                    username,
                    "displayName",
                    displayName,
                    "password",
                    password,
                    "roles",
                    List.of(roles))),
        "/api/v1/users");
  }

  /**
   * Posts {@code request} to {@code path}, fails (logging the exchange) unless it created something
   * (201), and returns the new thing's id.
   */
  public static long createdId(RequestSpecification request, String path) {
    return request
        .post(path)
        .then()
        .log()
        .ifValidationFails()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }
}
