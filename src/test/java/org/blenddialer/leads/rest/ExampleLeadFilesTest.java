package org.blenddialer.leads.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The example lead files in campaigns/leads import as their README says, header names guessed. */
@QuarkusTest
class ExampleLeadFilesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "denmark-semicolon-latin1.csv | DK | 10 | 8=MISSING_PHONE 9=INVALID_PHONE 10=DUPLICATE_IN_LIST"
            + " | Søren Ærøbæk",
        "sweden-utf8-bom.csv | SE | 10 | 9=INVALID_PHONE 11=DUPLICATE_IN_LIST | Åsa Öberg",
        "finland-unicode-text.txt | FI | 8 | 5=MISSING_PHONE 7=INVALID_PHONE | Mikko Mäkelä",
        "uk-us-comma.csv | US | 9 | 5=INVALID_PHONE 10=DUPLICATE_IN_LIST | Oliver Bennett",
        "russia-utf8.csv | RU | 7 | 8=INVALID_PHONE | Иван Петрович Сидоров",
        "usa-uk-fiction.xlsx | US | 9 | 8=INVALID_PHONE 9=INVALID_PHONE 10=DUPLICATE_IN_LIST"
            + " | Mary Smith"
      })
  void importsEachExampleFile(
      String file, String country, int read, String rejections, String firstName)
      throws IOException {
    byte[] content = Files.readAllBytes(Path.of("campaigns", "leads", file));
    Map<String, Object> fields =
        Map.of(
            "campaignId", LeadImportClient.newCampaign(),
            "name", file,
            "defaultCountry", country);

    JsonPath job = LeadImportClient.uploadAndWait(content, file, fields);

    assertThat(job.getString("state")).as(job.prettify()).isEqualTo("COMPLETED");
    assertThat(job.getLong("rowsRead")).isEqualTo(read);
    Map<String, String> expected =
        java.util.Arrays.stream(rejections.split(" "))
            .map(pair -> pair.split("="))
            .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
    Map<String, String> reported =
        LeadImportClient.report(job.getLong("id")).stream()
            .collect(Collectors.toMap(r -> r.get("line"), r -> r.get("reason")));
    assertThat(reported).containsExactlyInAnyOrderEntriesOf(expected);
    JsonPath leads = LeadImportClient.leads(job.getLong("listId"));
    assertThat(leads.getString("[0].name")).isEqualTo(firstName);
    assertThat(leads.getString("[0].timeZone")).isNotNull();
  }
}
