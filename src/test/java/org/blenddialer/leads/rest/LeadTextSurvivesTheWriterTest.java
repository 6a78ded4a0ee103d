package org.blenddialer.leads.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whatever a file's cells hold comes back exactly as written: quotes, backslashes, control
 * characters and SQL in names and custom fields are data, never statement text.
 */
@QuarkusTest
class LeadTextSurvivesTheWriterTest {

  @Test
  void quotesBackslashesAndSqlInCellsAreStoredAsWritten() {
    String name = "O'Brien \\' \\\\ ''); DROP TABLE lead; -- \u001a end";
    String note = "back\\slash \\n not a newline, quote ' and \\0";
    byte[] file =
        LeadFileCorpus.utf8(
            "Name\tMobile\tHome\tNote\n"
                + name
                + "\t+1 202 555 0150\t+1 202 555 0151\t"
                + note
                + "\n");
    JsonPath job =
        LeadImportClient.uploadAndWait(
            file,
            "sql.txt",
            Map.of(
                "campaignId", LeadImportClient.newCampaign(),
                "name", "It's a \\ list",
                "defaultCountry", "US"));

    assertThat(job.getString("state")).as(job.prettify()).isEqualTo("COMPLETED");
    JsonPath leads = LeadImportClient.leads(job.getLong("listId"));
    assertThat(leads.getString("[0].name")).isEqualTo(name);
    assertThat(leads.getString("[0].customFields.Note")).isEqualTo(note);
    assertThat(leads.getList("[0].phones.e164")).containsExactly("+12025550150", "+12025550151");
  }
}
