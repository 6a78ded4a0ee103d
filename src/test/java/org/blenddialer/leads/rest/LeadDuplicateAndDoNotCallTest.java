package org.blenddialer.leads.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Duplicate numbers within a list and against the campaign's other lists, under each policy, and
 * the do-not-call scrub against leads already marked do-not-call.
 */
@QuarkusTest
class LeadDuplicateAndDoNotCallTest {

  private static final byte[] FIRST =
      LeadFileCorpus.utf8("Name,Mobile\nA,+1 202 555 0130\nB,+1 202 555 0131\n");
  private static final byte[] SECOND =
      LeadFileCorpus.utf8(
          "Name,Mobile\nA again,+1 202 555 0130\nC,+1 202 555 0132\nC again,(202) 555-0132\n");

  @Inject DataSource dataSource;

  @Test
  void skipKeepsTheFirstLeadOfANumber() {
    long campaign = LeadImportClient.newCampaign();
    importInto(campaign, FIRST, "SKIP");
    JsonPath second = importInto(campaign, SECOND, "SKIP");
    assertThat(second.getLong("rowsAccepted")).isEqualTo(1);
    assertThat(reasons(second)).containsExactly("2=DUPLICATE_IN_CAMPAIGN", "4=DUPLICATE_IN_LIST");
  }

  @Test
  void keepNewestRetiresOlderLeadsAndDropsEarlierRows() throws SQLException {
    long campaign = LeadImportClient.newCampaign();
    JsonPath first = importInto(campaign, FIRST, "KEEP_NEWEST");
    JsonPath second = importInto(campaign, SECOND, "KEEP_NEWEST");
    assertThat(second.getLong("rowsAccepted")).isEqualTo(2);
    assertThat(reasons(second)).containsExactly("3=SUPERSEDED");
    assertThat(LeadImportClient.leads(second.getLong("listId")).getList("name"))
        .containsExactly("A again", "C again");
    assertThat(statuses(first.getLong("listId")))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("+12025550130", "SUPERSEDED", "+12025550131", "READY"));
  }

  @Test
  void keepAllTakesEveryRow() {
    long campaign = LeadImportClient.newCampaign();
    importInto(campaign, FIRST, "KEEP_ALL");
    JsonPath second = importInto(campaign, SECOND, "KEEP_ALL");
    assertThat(second.getLong("rowsAccepted")).isEqualTo(3);
    assertThat(second.getLong("rowsRejected")).isZero();
  }

  @Test
  void numbersMarkedDoNotCallAreScrubbedFromNewLists() throws SQLException {
    long earlierCampaign = LeadImportClient.newCampaign();
    byte[] earlier = LeadFileCorpus.utf8("Name,Mobile\nAngry,+1 202 555 0140\n");
    JsonPath marked = importInto(earlierCampaign, earlier, "SKIP");
    try (Connection c = dataSource.getConnection();
        PreparedStatement update =
            c.prepareStatement("UPDATE lead SET status = 'DO_NOT_CALL' WHERE list_id = ?")) {
      update.setLong(1, marked.getLong("listId"));
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
    byte[] fresh =
        LeadFileCorpus.utf8(
            "Name,Mobile,Home\nAngry,+1 202 555 0140,\nTwo numbers,+1 202 555 0141,+1 202 555 0140\n");
    JsonPath job = importInto(LeadImportClient.newCampaign(), fresh, "SKIP");
    assertThat(reasons(job)).containsExactly("2=DO_NOT_CALL");
    JsonPath leads = LeadImportClient.leads(job.getLong("listId"));
    assertThat(leads.getList("[0].phones.e164")).containsExactly("+12025550141");
  }

  private static JsonPath importInto(long campaign, byte[] content, String policy) {
    Map<String, Object> fields = new HashMap<>();
    fields.put("campaignId", campaign);
    fields.put("name", policy);
    fields.put("defaultCountry", "US");
    fields.put("duplicatePolicy", policy);
    JsonPath job = LeadImportClient.uploadAndWait(content, "leads.csv", fields);
    assertThat(job.getString("state")).as(job.prettify()).isEqualTo("COMPLETED");
    return job;
  }

  private static List<String> reasons(JsonPath job) {
    List<String> reasons = new ArrayList<>();
    for (CSVRecord line : LeadImportClient.report(job.getLong("id"))) {
      reasons.add(line.get("line") + "=" + line.get("reason"));
    }
    return reasons;
  }

  private Map<String, String> statuses(long listId) throws SQLException {
    Map<String, String> statuses = new HashMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement query =
            c.prepareStatement("SELECT phone_e164, status FROM lead WHERE list_id = ?")) {
      query.setLong(1, listId);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          statuses.put(rows.getString(1), rows.getString(2));
        }
      }
    }
    return statuses;
  }
}
