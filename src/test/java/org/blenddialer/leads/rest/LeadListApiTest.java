package org.blenddialer.leads.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.blenddialer.users.Role;
import org.blenddialer.users.rest.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The lead list API as a campaign manager uses it: multipart upload by role, the server-side path
 * import confined to its directory, progress while an import runs, and the report as CSV.
 */
@QuarkusTest
class LeadListApiTest {

  private static final Path IMPORT_DIR = Path.of("target", "lead-files");
  private static final byte[] SMALL = LeadFileCorpus.utf8("Name,Mobile\nA,+1 202 555 0120\nB,12\n");

  @Test
  void campaignManagersAndAdministratorsMayUploadOthersMayNot() {
    for (Role role : Role.values()) {
      Response response = LeadImportClient.upload(TestUsers.as(role), SMALL, "small.csv", fields());
      boolean allowed = role == Role.CAMPAIGN_MANAGER || role == Role.ADMIN;
      assertThat(response.statusCode()).as(role.name()).isEqualTo(allowed ? 202 : 403);
      if (allowed) {
        assertThat(response.header("Location"))
            .endsWith("/api/v1/lead-imports/" + response.jsonPath().getLong("id"));
        JsonPath job =
            LeadImportClient.awaitFinished(response.jsonPath().getLong("id"), polled -> {});
        assertThat(job.getString("createdBy")).isEqualTo(TestUsers.usernameFor(role));
      }
    }
    assertThat(
            given()
                .multiPart("file", "small.csv", SMALL)
                .post("/api/v1/lead-lists/uploads")
                .statusCode())
        .isEqualTo(401);
  }

  @Test
  void aFileSentAsTheRawRequestBodyIsImportedToo() {
    Response response =
        LeadImportClient.manager()
            .contentType("text/csv")
            .queryParam("campaignId", LeadImportClient.newCampaign())
            .queryParam("name", "raw body")
            .queryParam("defaultCountry", "US")
            .queryParam("fileName", "small.csv")
            .body(SMALL)
            .post("/api/v1/lead-lists/uploads");
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(202);
    JsonPath job = LeadImportClient.awaitFinished(response.jsonPath().getLong("id"), p -> {});
    assertThat(job.getString("sourceName")).isEqualTo("small.csv");
    assertThat(job.getLong("rowsAccepted")).isEqualTo(1);
  }

  @Test
  void anUploadWithoutCampaignOrWithAnUnknownCountryIsABadRequest() {
    Response noCampaign =
        LeadImportClient.upload(
            LeadImportClient.manager(), SMALL, "small.csv", Map.of("name", "x"));
    assertThat(noCampaign.statusCode()).isEqualTo(400);
    assertThat(noCampaign.jsonPath().getList("errors.field")).contains("campaignId");
    Map<String, Object> badCountry = fields();
    badCountry.put("defaultCountry", "XX");
    Response response =
        LeadImportClient.upload(LeadImportClient.manager(), SMALL, "small.csv", badCountry);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.jsonPath().getList("errors.field")).containsExactly("defaultCountry");
  }

  @Test
  void theReportNamesEachRejectedRowWithLineValueAndReason() {
    JsonPath job = LeadImportClient.uploadAndWait(SMALL, "small.csv", fields());
    List<CSVRecord> report = LeadImportClient.report(job.getLong("id"));
    assertThat(report).hasSize(1);
    assertThat(report.get(0).get("line")).isEqualTo("3");
    assertThat(report.get(0).get("field")).isEqualTo("Mobile");
    assertThat(report.get(0).get("value")).isEqualTo("12");
    assertThat(report.get(0).get("reason")).isEqualTo("INVALID_PHONE");
    JsonPath list =
        LeadImportClient.manager()
            .get("/api/v1/lead-lists/" + job.getLong("listId"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(list.getString("state")).isEqualTo("ACTIVE");
    assertThat(list.getInt("leadCount")).isEqualTo(1);
  }

  @Test
  void aPathImportReadsOnlyFromTheImportDirectory() throws IOException {
    Files.createDirectories(IMPORT_DIR);
    Files.write(IMPORT_DIR.resolve("small.csv"), SMALL);
    Files.write(IMPORT_DIR.resolve("..").resolve("outside.csv"), SMALL);
    assertThat(pathImport("../outside.csv").statusCode()).isEqualTo(400);
    assertThat(pathImport("small.csv").statusCode()).isEqualTo(202);
    assertThat(pathImport("../../pom.xml").statusCode()).isEqualTo(400);
    assertThat(pathImport(Path.of("pom.xml").toAbsolutePath().toString()).statusCode())
        .isEqualTo(400);
    assertThat(pathImport("no-such-file.csv").statusCode()).isEqualTo(404);
  }

  @Test
  void aHundredThousandRowImportShowsItsProgressWhileItRuns() throws IOException {
    Files.createDirectories(IMPORT_DIR);
    Path file = IMPORT_DIR.resolve("hundred-thousand.csv");
    int rows = 100_000;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("Name;Mobile;Postal code;Segment\r\n");
      for (int i = 0; i < rows; i++) {
        // Synthetic New York numbers, never dialed; every 1000th row is too short to be valid.
        String number = i % 1000 == 999 ? "12" : "+1 212 " + (2_000_000 + i);
        out.write("Person " + i + ";" + number + ";" + (1000 + i % 8000) + ";S" + i % 7 + "\r\n");
      }
    }
    Response started = pathImport("hundred-thousand.csv");
    assertThat(started.statusCode()).isEqualTo(202);
    List<long[]> seenWhileRunning = new ArrayList<>();
    JsonPath job =
        LeadImportClient.awaitFinished(
            started.jsonPath().getLong("id"),
            polled -> {
              if (polled.getString("state").equals("RUNNING")) {
                seenWhileRunning.add(
                    new long[] {polled.getLong("rowsRead"), polled.getLong("rowsRejected")});
              }
            });
    assertThat(job.getString("state")).isEqualTo("COMPLETED");
    assertThat(job.getLong("rowsRead")).isEqualTo(rows);
    assertThat(job.getLong("rowsRejected")).isEqualTo(rows / 1000);
    assertThat(job.getLong("rowsAccepted")).isEqualTo(rows - rows / 1000);
    assertThat(seenWhileRunning)
        .as("progress seen while running")
        .anyMatch(seen -> seen[0] > 0 && seen[0] < rows);
  }

  private static Response pathImport(String path) {
    return LeadImportClient.manager()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "campaignId",
                LeadImportClient.newCampaign(),
                "name",
                "from the server",
                "path",
                path,
                "defaultCountry",
                "DK"))
        .post("/api/v1/lead-lists/path-imports");
  }

  private static Map<String, Object> fields() {
    Map<String, Object> fields = new java.util.HashMap<>();
    fields.put("campaignId", LeadImportClient.newCampaign());
    fields.put("name", "API test list");
    fields.put("defaultCountry", "US");
    return fields;
  }
}
