package org.blenddialer.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.blenddialer.users.Role;
import org.blenddialer.users.rest.TestUsers;
import org.junit.jupiter.api.Test;

/** Browser sessions: form login on the API's users, role homes, logout, and Basic still intact. */
@QuarkusTest
class WebLoginTest {

  private static final String SESSION = "blenddialer-session";

  @Test
  void theApiStillAnswersProblemJson401ToAnonymousCallers() {
    given()
        .get("/api/v1/users")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", containsString("Basic"));
  }

  @Test
  void aPageNeedingLoginAnswers401WithTheLoginFormAndNoBasicChallenge() {
    Response page = given().accept("text/html").get("/ui/admin/users");
    assertThat(page.statusCode()).isEqualTo(401);
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(page.body().asString()).contains("j_security_check").contains("j_password");
    assertThat(page.header("WWW-Authenticate")).isNull();
    assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'");
  }

  @Test
  void eachRoleLandsOnItsOwnHome() {
    Map<Role, String> homes =
        Map.of(
            Role.ADMIN, "/ui/admin",
            Role.SUPERVISOR, "/ui/supervisor",
            Role.CAMPAIGN_MANAGER, "/ui/campaigns",
            Role.COMPLIANCE_OFFICER, "/ui/compliance",
            Role.AGENT, "/ui/agent");
    homes.forEach(
        (role, home) -> {
          TestUsers.as(role);
          String session = login(TestUsers.usernameFor(role), TestUsers.PASSWORD);
          Response landing = given().cookie(SESSION, session).redirects().follow(false).get("/ui");
          assertThat(landing.statusCode()).isEqualTo(303);
          assertThat(landing.header("Location")).as(role.name()).endsWith(home);
          given().cookie(SESSION, session).get(home).then().statusCode(200);
        });
  }

  @Test
  void aWrongPasswordSendsBackToTheLoginFormWithTheFailureShown() {
    Response failed =
        given()
            .redirects()
            .follow(false)
            .formParam("j_username", TestUsers.ADMIN)
            .formParam("j_password", "not-the-password")
            .post("/j_security_check");
    assertThat(failed.statusCode()).isEqualTo(303);
    assertThat(failed.header("Location")).contains("/ui/login?failed=true");
    assertThat(failed.cookie(SESSION)).isNullOrEmpty();
    given().get("/ui/login?failed=true").then().body(containsString("id=\"login-error\""));
  }

  @Test
  void theFormLoginIsThrottledLikeTheApiAndSaysSo() {
    String username = "web-throttled-" + System.nanoTime();
    Response last = null;
    for (int attempt = 0; attempt < 6; attempt++) {
      last =
          given()
              .redirects()
              .follow(false)
              .formParam("j_username", username)
              .formParam("j_password", "wrong-" + attempt)
              .post("/j_security_check");
    }
    assertThat(last.header("Location")).contains("/ui/login?failed=throttled");
    given().get("/ui/login?failed=throttled").then().body(containsString("Too many failed logins"));
  }

  @Test
  void aRoleNotAllowedGetsAForbiddenPage() {
    TestUsers.as(Role.AGENT);
    String session = login(TestUsers.usernameFor(Role.AGENT), TestUsers.PASSWORD);
    given()
        .cookie(SESSION, session)
        .get("/ui/admin/users")
        .then()
        .statusCode(403)
        .contentType(containsString("text/html"))
        .body(containsString("problem-title"));
  }

  @Test
  void logoutExpiresTheSessionCookie() {
    String session = login(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
    Response out = given().cookie(SESSION, session).redirects().follow(false).post("/ui/logout");
    assertThat(out.statusCode()).isEqualTo(303);
    assertThat(out.detailedCookie(SESSION).getMaxAge()).isZero();
  }

  @Test
  void aDisabledUserLosesTheirSessionAtTheNextRequest() {
    String username = "web-disabled-" + System.nanoTime();
    long id =
        TestUsers.createUser(username, "Soon Disabled", "a-long-enough-password", "SUPERVISOR");
    String session = login(username, "a-long-enough-password");
    given().cookie(SESSION, session).get("/ui/supervisor").then().statusCode(200);
    TestUsers.asAdmin().post("/api/v1/users/" + id + "/disable").then().statusCode(200);
    given().cookie(SESSION, session).get("/ui/supervisor").then().statusCode(401);
  }

  @Test
  void theChosenLanguageIsRememberedForTheUser() {
    // An officer of its own, so the language chosen here cannot reach other tests' screens.
    String officer = "web-language-" + System.nanoTime();
    TestUsers.createUser(officer, "Sven Språk", TestUsers.PASSWORD, "COMPLIANCE_OFFICER");
    String session = login(officer, TestUsers.PASSWORD);
    given()
        .cookie(SESSION, session)
        .formParam("lang", "sv")
        .header("HX-Request", "true")
        .post("/ui/language")
        .then()
        .statusCode(204)
        .header("HX-Refresh", "true");
    // A fresh login with an English browser still shows Swedish: the choice is the user's.
    String again = login(officer, TestUsers.PASSWORD);
    given()
        .cookie(SESSION, again)
        .header("Accept-Language", "en")
        .get("/ui/compliance")
        .then()
        .body(containsString("Logga ut"));
    given()
        .cookie(SESSION, again)
        .formParam("lang", "en")
        .redirects()
        .follow(false)
        .post("/ui/language")
        .then()
        .statusCode(303);
  }

  @Test
  void aUserChangesTheirOwnPasswordWithTheServicesRefusalShownAtTheField() {
    String username = "web-password-" + System.nanoTime();
    TestUsers.createUser(username, "Pia Password", "first-password-1", "AGENT");
    String session = login(username, "first-password-1");
    String refused =
        given()
            .cookie(SESSION, session)
            .formParam("currentPassword", "not-my-password")
            .formParam("newPassword", "second-password-2")
            .post("/ui/profile/password")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(refused)
        .contains("id=\"e-currentPassword\">does not match your password")
        .doesNotContain("not-my-password");
    given()
        .cookie(SESSION, session)
        .redirects()
        .follow(false)
        .formParam("currentPassword", "first-password-1")
        .formParam("newPassword", "second-password-2")
        .post("/ui/profile/password")
        .then()
        .statusCode(303);
    given()
        .auth()
        .preemptive()
        .basic(username, "second-password-2")
        .get("/api/v1/me")
        .then()
        .statusCode(200);
  }

  @Test
  void anAnonymousVisitorGetsTheBrowsersLanguage() {
    given()
        .header("Accept-Language", "fi-FI,fi;q=0.9")
        .get("/ui/login")
        .then()
        .statusCode(200)
        .body(containsString("Kirjaudu BlendDialeriin"));
  }

  /** Logs in through the form and returns the session cookie. */
  static String login(String username, String password) {
    Response response =
        given()
            .redirects()
            .follow(false)
            .formParam("j_username", username)
            .formParam("j_password", password)
            .post("/j_security_check");
    assertThat(response.statusCode()).isEqualTo(302);
    String session = response.cookie(SESSION);
    assertThat(session).as("session cookie for " + username).isNotBlank();
    return session;
  }
}
