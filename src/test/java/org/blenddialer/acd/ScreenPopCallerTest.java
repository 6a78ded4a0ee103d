package org.blenddialer.acd;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.blenddialer.acd.live.CallerLookup;
import org.blenddialer.acd.service.QueueDirectory;
import org.blenddialer.compliance.service.DncService;
import org.blenddialer.core.leads.DuplicatePolicy;
import org.blenddialer.leads.persistence.LeadImport;
import org.blenddialer.leads.service.LeadImportService;
import org.blenddialer.leads.service.NewImport;
import org.blenddialer.telephony.pbxsim.PbxSimulator;
import org.blenddialer.testing.Poll;
import org.blenddialer.users.Role;
import org.blenddialer.users.rest.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * An agent's screen pop tells them who is calling: the caller's lead from an imported list (name,
 * campaign, list, custom fields, status) and that the number is on the internal DNC list.
 */
@QuarkusTest
@TestProfile(LiveAcdProfile.class)
class ScreenPopCallerTest {

  private static final String AGENT = "acd-pop-agent";
  private static final String CALLER = "+4520123456";
  private static final Duration DEADLINE = Duration.ofSeconds(30);

  @Inject PbxSimulator simulator;
  @Inject QueueDirectory directory;
  @Inject LeadImportService leadImports;
  @Inject DncService dnc;
  @Inject ObjectMapper json;
  @Inject CallerLookup callers;

  @TestHTTPResource("/api/v1/me/agent/events")
  URI agentEvents;

  @Test
  void theScreenPopShowsTheCallersLeadAndTheirDncLists() throws Exception {
    AcdFixtures.ensure(List.of(), AGENT);
    directory.refresh();
    long campaignId =
        TestUsers.as(Role.CAMPAIGN_MANAGER)
            .get("/api/v1/campaigns")
            .jsonPath()
            .getLong("find { it.name == 'ACD blend test' }.id");
    Path file = Files.createTempFile("pop-leads", ".csv");
    Files.writeString(
        file,
        "Name;Mobil;Note\nJens Jensen;+45 20 12 34 56;VIP since 2019\n",
        StandardCharsets.UTF_8);
    LeadImport job =
        leadImports.startUpload(
            new NewImport(campaignId, "Pop test list", "DK", DuplicatePolicy.KEEP_ALL, true, null),
            file,
            "pop-leads.csv",
            "test");
    Poll.until(
        DEADLINE,
        "the lead list imported",
        () ->
            "COMPLETED"
                .equals(
                    TestUsers.as(Role.CAMPAIGN_MANAGER)
                        .get("/api/v1/lead-imports/" + job.id)
                        .jsonPath()
                        .getString("state")));
    dnc.add("internal", CALLER, "phone", "asked not to be called", "test");

    List<String> lines = new CopyOnWriteArrayList<>();
    agent()
        .contentType(ContentType.JSON)
        .body(Map.of("mode", "INBOUND", "queues", List.of(AcdFixtures.QUEUE)))
        .post("/api/v1/me/agent/login")
        .then()
        .statusCode(200);
    CompletableFuture<?> stream = openStream(lines);
    try {
      simulator.placeInboundCall(AcdFixtures.QUEUE, CALLER, 3000);
      Poll.until(DEADLINE, "a screen pop for " + CALLER, () -> pop(lines) != null);
      JsonNode caller = pop(lines).path("data").path("caller");

      assertThat(caller.path("e164").asText()).isEqualTo(CALLER);
      JsonNode leads = caller.path("leads");
      assertThat(leads.path("status").asText()).isEqualTo("known");
      JsonNode lead = leads.path("value").get(0);
      assertThat(lead.path("name").asText()).isEqualTo("Jens Jensen");
      assertThat(lead.path("campaignId").asLong()).isEqualTo(campaignId);
      assertThat(lead.path("campaignName").asText()).isEqualTo("ACD blend test");
      assertThat(lead.path("listName").asText()).isEqualTo("Pop test list");
      assertThat(lead.path("customFields").path("Note").asText()).isEqualTo("VIP since 2019");
      assertThat(lead.path("status").asText()).isNotBlank();
      assertThat(lead.has("lastOutcome")).isTrue();

      JsonNode dncStatus = caller.path("dnc");
      assertThat(dncStatus.path("status").asText()).isEqualTo("known");
      assertThat(dncStatus.path("value").path("listedOn").toString()).contains("\"internal\"");
      assertThat(caller.path("consent").path("status").asText()).isEqualTo("known");
      assertThat(caller.path("consent").path("value").path("state").asText()).isEqualTo("NONE");
    } finally {
      stream.cancel(true);
      Poll.until(
          Duration.ofSeconds(60),
          AGENT + " logged out",
          () -> {
            agent().post("/api/v1/me/agent/logout");
            return "LOGGED_OUT"
                .equals(agent().get("/api/v1/me/agent").jsonPath().getString("state"));
          });
    }
  }

  @Test
  void aCallerWithoutAUsableNumberGetsUnknownPartsInsteadOfAFailure() {
    CallerLookup.CallerInfo info = callers.lookUp("anonymous");

    assertThat(info.e164()).isNull();
    assertThat(List.of(info.leads(), info.dnc(), info.consent()))
        .allSatisfy(
            p -> {
              assertThat(p.status()).isEqualTo("unknown");
              assertThat(p.reason()).contains("anonymous");
            });
  }

  private JsonNode pop(List<String> lines) {
    for (String l : lines) {
      if (l.startsWith("data:") && l.contains("\"screen-pop\"") && l.contains(CALLER)) {
        try {
          return json.readTree(l.substring("data:".length()));
        } catch (Exception e) {
          throw new AssertionError("not JSON: " + l, e);
        }
      }
    }
    return null;
  }

  private static RequestSpecification agent() {
    return given().auth().preemptive().basic(AGENT, AcdFixtures.PASSWORD);
  }

  private CompletableFuture<?> openStream(List<String> lines) throws Exception {
    String auth =
        Base64.getEncoder()
            .encodeToString((AGENT + ":" + AcdFixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(agentEvents)
            .header("Authorization", "Basic " + auth)
            .header("Accept", "text/event-stream")
            .build();
    var response =
        HttpClient.newHttpClient()
            .sendAsync(request, HttpResponse.BodyHandlers.ofLines())
            .get(10, TimeUnit.SECONDS);
    assertThat(response.statusCode()).isEqualTo(200);
    return CompletableFuture.runAsync(() -> response.body().forEach(lines::add));
  }
}
