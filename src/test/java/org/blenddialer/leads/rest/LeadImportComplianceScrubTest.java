package org.blenddialer.leads.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.blenddialer.users.Role;
import org.blenddialer.users.rest.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The import scrubs numbers against the compliance area's lists: the internal DNC list, the
 * campaign's own list, the national registry of the number's pack and the suppression list of
 * erased persons; each report line names the list.
 */
@QuarkusTest
class LeadImportComplianceScrubTest {

  @Test
  void numbersOnAnyDncListTheirPackScreensAreScrubbedAndTheReportNamesTheList() {
    long campaign = LeadImportClient.newCampaign();
    addEntry("internal", "+1 303 555 0171");
    TestUsers.as(Role.COMPLIANCE_OFFICER)
        .contentType(ContentType.JSON)
        .body(Map.of("campaignId", Long.toString(campaign)))
        .post("/api/v1/compliance/dnc/lists")
        .then()
        .statusCode(201);
    addEntry("campaign:" + campaign, "+1 303 555 0172");
    // The registry copy also holds a Danish number's digits under the US code: never a match.
    TestUsers.as(Role.COMPLIANCE_OFFICER)
        .contentType("text/plain")
        .queryParam("asOf", LocalDate.now(ZoneOffset.UTC).toString())
        .body("3035550173\n2125550199\n")
        .post("/api/v1/compliance/registries/US-NDNC/imports")
        .then()
        .statusCode(201);
    TestUsers.as(Role.COMPLIANCE_OFFICER)
        .contentType(ContentType.JSON)
        .body(Map.of("number", "+13035550174"))
        .post("/api/v1/compliance/data-subjects/erasures")
        .then()
        .statusCode(200);

    byte[] file =
        LeadFileCorpus.utf8(
            "Name,Mobile,Home\n"
                + "Internal,+1 303 555 0171,\n"
                + "Campaign,+1 303 555 0172,\n"
                + "Registry,+1 303 555 0173,\n"
                + "Erased,+1 303 555 0174,\n"
                + "Keeps home,+1 303 555 0171,+1 303 555 0175\n"
                + "Clean,+1 303 555 0176,\n"
                + "Other campaign's list only,+1 303 555 0177,\n");
    addOtherCampaignEntry("+1 303 555 0177");
    JsonPath job =
        LeadImportClient.uploadAndWait(
            file,
            "scrub.csv",
            Map.of("campaignId", campaign, "name", "Scrubbed", "defaultCountry", "US"));

    assertThat(job.getString("state")).isEqualTo("COMPLETED");
    assertThat(job.getLong("rowsAccepted")).isEqualTo(3);
    assertThat(reportLines(job))
        .containsExactly(
            "2=DO_NOT_CALL (internal)",
            "3=DO_NOT_CALL (campaign:" + campaign + ")",
            "4=DO_NOT_CALL (US-NDNC)",
            "5=DO_NOT_CALL (suppression)");
    JsonPath leads = LeadImportClient.leads(job.getLong("listId"));
    assertThat(leads.getList("name"))
        .containsExactly("Keeps home", "Clean", "Other campaign's list only");
    assertThat(leads.getList("[0].phones.e164")).containsExactly("+13035550175");
  }

  private static void addEntry(String list, String number) {
    TestUsers.as(Role.COMPLIANCE_OFFICER)
        .contentType(ContentType.JSON)
        .body(Map.of("number", number, "channel", "api"))
        .post("/api/v1/compliance/dnc/lists/" + list + "/entries")
        .then()
        .statusCode(201);
  }

  private static void addOtherCampaignEntry(String number) {
    long other = LeadImportClient.newCampaign();
    TestUsers.as(Role.COMPLIANCE_OFFICER)
        .contentType(ContentType.JSON)
        .body(Map.of("campaignId", Long.toString(other)))
        .post("/api/v1/compliance/dnc/lists")
        .then()
        .statusCode(201);
    addEntry("campaign:" + other, number);
  }

  private static List<String> reportLines(JsonPath job) {
    List<String> lines = new ArrayList<>();
    for (CSVRecord line : LeadImportClient.report(job.getLong("id"))) {
      String detail = line.get("detail");
      lines.add(
          line.get("line")
              + "="
              + line.get("reason")
              + " "
              + detail.substring(detail.lastIndexOf('(')));
    }
    return lines;
  }
}
