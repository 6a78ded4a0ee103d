package org.blenddialer.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.blenddialer.users.Role;
import org.blenddialer.users.rest.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The desk's and the wallboard's live parts over HTTP, without a browser: the agent's own event
 * stream announces their state changes, and the wallboard's chart data covers today.
 */
@QuarkusTest
class DeskLiveTest {

  @TestHTTPResource("/ui/agent/desk/events")
  URL deskEvents;

  @Test
  void theDeskStreamAnnouncesTheAgentsOwnStateChanges() throws Exception {
    DeskBrowserTest.centre();
    String session = WebLoginTest.login(DeskBrowserTest.AGENT, DeskBrowserTest.AGENT_PASSWORD);
    HttpRequest request =
        HttpRequest.newBuilder(deskEvents.toURI())
            .header("Cookie", "blenddialer-session=" + session)
            .header("Accept", "text/event-stream")
            .build();
    HttpResponse<Stream<String>> response =
        HttpClient.newHttpClient()
            .sendAsync(request, HttpResponse.BodyHandlers.ofLines())
            .get(10, TimeUnit.SECONDS);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
    try {
      DeskBrowserTest.agent()
          .contentType(ContentType.JSON)
          .body(Map.of("mode", "INBOUND", "queues", List.of(DeskBrowserTest.QUEUE)))
          .post("/api/v1/me/agent/login")
          .then()
          .statusCode(200);
      // The stream ends by itself (dialer.acd.live.stream-max-duration), so reading ends too.
      boolean announced = false;
      for (Iterator<String> lines = response.body().iterator(); lines.hasNext() && !announced; ) {
        announced = lines.next().replace(" ", "").equals("data:agent-state");
      }
      assertThat(announced).as("agent-state announced on the desk's stream").isTrue();
    } finally {
      DeskBrowserTest.agent().post("/api/v1/me/agent/logout");
    }
  }

  @Test
  void theWallboardChartCoversTodayByTheHalfHour() {
    DeskBrowserTest.centre();
    TestUsers.as(Role.SUPERVISOR);
    String session = WebLoginTest.login(TestUsers.usernameFor(Role.SUPERVISOR), TestUsers.PASSWORD);
    long before = halfHoursSoFar();
    var chart =
        given()
            .cookie("blenddialer-session", session)
            .get("/ui/supervisor/wallboard/chart")
            .then()
            .statusCode(200)
            .contentType(ContentType.JSON)
            .extract()
            .jsonPath();
    List<String> labels = chart.getList("labels");
    // One label per half hour since midnight (UTC, the board's "today"), the current one last.
    assertThat((long) labels.size()).isBetween(before, halfHoursSoFar());
    assertThat(chart.getList("waiting")).hasSameSizeAs(labels);
    assertThat(chart.getList("serviceLevel.queue")).contains("Desk sales");
    assertThat(chart.getInt("target")).isGreaterThanOrEqualTo(80);
  }

  private static long halfHoursSoFar() {
    long ms = System.currentTimeMillis() % Duration.ofDays(1).toMillis();
    return ms / Duration.ofMinutes(30).toMillis() + 1;
  }

  @Test
  void anAgentWithoutAnAgentRecordIsToldSo() {
    TestUsers.as(Role.AGENT);
    String session = WebLoginTest.login(TestUsers.usernameFor(Role.AGENT), TestUsers.PASSWORD);
    given()
        .cookie("blenddialer-session", session)
        .get("/ui/agent/desk")
        .then()
        .statusCode(200)
        .body(org.hamcrest.Matchers.containsString("id=\"no-agent\""));
    given()
        .cookie("blenddialer-session", session)
        .get("/ui/agent/desk/state")
        .then()
        .statusCode(404);
  }
}
