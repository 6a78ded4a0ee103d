package org.blenddialer.leads.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.blenddialer.testing.Poll;
import org.blenddialer.users.Role;
import org.blenddialer.users.rest.TestUsers;

/** Drives lead imports through the API the way a campaign manager's client does. */
final class LeadImportClient {

  private static final AtomicLong CAMPAIGNS = new AtomicLong(1000);

  private LeadImportClient() {}

  /** A campaign id no other test uses (the campaigns table comes later; lists only need an id). */
  static long newCampaign() {
    return CAMPAIGNS.incrementAndGet();
  }

  static RequestSpecification manager() {
    return TestUsers.as(Role.CAMPAIGN_MANAGER);
  }

  /** Uploads a file as multipart with the given form fields. */
  static Response upload(
      RequestSpecification as, byte[] content, String fileName, Map<String, ?> fields) {
    RequestSpecification request = as.multiPart("file", fileName, content);
    for (Map.Entry<String, ?> field : fields.entrySet()) {
      request = request.multiPart(field.getKey(), String.valueOf(field.getValue()));
    }
    return request.post("/api/v1/lead-lists/uploads");
  }

  /** Uploads as a campaign manager, expects 202 and waits for the import to end. */
  static JsonPath uploadAndWait(byte[] content, String fileName, Map<String, ?> fields) {
    Response response = upload(manager(), content, fileName, fields);
    assertThat(response.statusCode()).as(response.asString()).isEqualTo(202);
    return awaitFinished(response.jsonPath().getLong("id"), job -> {});
  }

  /** Polls the job until it is COMPLETED or FAILED (60 s at most), showing each state seen. */
  static JsonPath awaitFinished(long importId, Consumer<JsonPath> eachPoll) {
    JsonPath[] last = new JsonPath[1];
    Poll.until(
        Duration.ofSeconds(60),
        "import " + importId + " finished",
        () -> {
          last[0] =
              manager()
                  .get("/api/v1/lead-imports/" + importId)
                  .then()
                  .statusCode(200)
                  .extract()
                  .jsonPath();
          eachPoll.accept(last[0]);
          String state = last[0].getString("state");
          return state.equals("COMPLETED") || state.equals("FAILED");
        });
    return last[0];
  }

  /** The report of a completed import, parsed. */
  static List<CSVRecord> report(long importId) {
    String body =
        manager()
            .get("/api/v1/lead-imports/" + importId + "/report")
            .then()
            .statusCode(200)
            .contentType("text/csv")
            .extract()
            .asString();
    assertThat(body).startsWith("\uFEFF");
    try {
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(new StringReader(body.substring(1)))
          .getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The leads of a list, in file order. */
  static JsonPath leads(long listId) {
    return manager()
        .queryParam("limit", 1000)
        .get("/api/v1/lead-lists/" + listId + "/leads")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }
}
