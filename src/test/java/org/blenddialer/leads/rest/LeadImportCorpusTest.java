package org.blenddialer.leads.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blenddialer.leads.rest.LeadFileCorpus.NORDIC;
import static org.blenddialer.leads.rest.LeadFileCorpus.QUOTED;
import static org.blenddialer.leads.rest.LeadFileCorpus.encode;
import static org.blenddialer.leads.rest.LeadFileCorpus.utf8;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The import corpus: awkward files as users really export them (each delimiter and encoding, BOMs,
 * CRLF, quoted line breaks, blank lines, ragged rows, duplicate headers, a workbook), each with the
 * counts and the report lines a campaign manager should get.
 */
@QuarkusTest
class LeadImportCorpusTest {

  private static final Charset LATIN_1 = StandardCharsets.ISO_8859_1;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * One corpus file and what its import must give.
   *
   * @param name what is awkward about it
   * @param file the file name sent
   * @param content the bytes
   * @param fields the form fields besides campaignId and name
   * @param format what the job must say about how it read the file
   * @param read rows read
   * @param rejected report lines as line number to reason
   * @param leadsCheck checks on the accepted leads
   */
  record Case(
      String name,
      String file,
      byte[] content,
      Map<String, String> fields,
      String format,
      int read,
      Map<Long, String> rejected,
      Consumer<JsonPath> leadsCheck) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> corpus() {
    Map<Long, String> nordicRejects =
        Map.of(4L, "INVALID_PHONE", 5L, "MISSING_PHONE", 6L, "DUPLICATE_IN_LIST");
    Map<String, String> dk = Map.of("defaultCountry", "DK");
    return Stream.of(
        nordic(
            "comma, UTF-8",
            encode(NORDIC, ',', "\n", StandardCharsets.UTF_8, false),
            "UTF-8 comma"),
        nordic(
            "comma, UTF-8 with BOM, CRLF",
            encode(NORDIC, ',', "\r\n", StandardCharsets.UTF_8, true),
            "UTF-8 comma"),
        nordic(
            "semicolon, Windows-1252, CRLF (Nordic Excel)",
            encode(NORDIC, ';', "\r\n", WINDOWS_1252, false),
            "windows-1252 semicolon"),
        nordic(
            "semicolon, ISO-8859-1",
            encode(NORDIC, ';', "\n", LATIN_1, false),
            "windows-1252 semicolon"),
        nordic(
            "tab, UTF-16LE with BOM, CRLF (Excel Unicode text)",
            encode(NORDIC, '\t', "\r\n", StandardCharsets.UTF_16LE, true),
            "UTF-16LE tab"),
        nordic(
            "tab, UTF-16BE with BOM",
            encode(NORDIC, '\t', "\n", StandardCharsets.UTF_16BE, true),
            "UTF-16BE tab"),
        nordic(
            "comma, UTF-16LE without BOM",
            encode(NORDIC, ',', "\r\n", StandardCharsets.UTF_16LE, false),
            "UTF-16LE comma"),
        new Case(
            "Cyrillic, semicolon, UTF-8",
            "contacts.csv",
            utf8(
                String.join(
                    "\n",
                    "Имя;Телефон;Город",
                    "Иван Петров;+7 495 123 45 67;Москва",
                    "Мария Сидорова;8 (912) 345-67-89;Екатеринбург",
                    "Ошибка;12;")),
            Map.of("defaultCountry", "RU"),
            "UTF-8 semicolon",
            3,
            Map.of(4L, "INVALID_PHONE"),
            leads -> {
              assertThat(leads.getList("name")).containsExactly("Иван Петров", "Мария Сидорова");
              assertThat(leads.getString("[0].customFields.Город")).isEqualTo("Москва");
              assertThat(leads.getString("[0].timeZone")).isEqualTo("Europe/Moscow");
              assertThat(leads.getString("[1].phones[0].e164")).isEqualTo("+79123456789");
              assertThat(leads.getString("[1].timeZoneSource")).isEqualTo("UNKNOWN");
            }),
        new Case(
            "quoted delimiters, quotes and a line break; LF",
            "quoted.csv",
            utf8(QUOTED),
            Map.of("defaultCountry", "US"),
            "comma",
            3,
            Map.of(4L, "INVALID_PHONE"),
            LeadImportCorpusTest::quotedLeads),
        new Case(
            "quoted line break with CRLF",
            "quoted-crlf.csv",
            encode(QUOTED, ',', "\r\n", StandardCharsets.UTF_8, false),
            Map.of("defaultCountry", "US"),
            "comma",
            3,
            Map.of(4L, "INVALID_PHONE"),
            leads ->
                assertThat(leads.getString("[0].customFields.Notes"))
                    .isEqualTo("line one\r\nline two \"quoted\"")),
        new Case(
            "blank lines",
            "blanks.csv",
            utf8("Name,Mobile\n\nA,+1 202 555 0101\n\n   \nB,bad\n\n"),
            Map.of("defaultCountry", "US"),
            "comma",
            2,
            Map.of(6L, "INVALID_PHONE"),
            leads -> assertThat(leads.getList("line", Long.class)).containsExactly(3L)),
        new Case(
            "ragged rows: short ones read as empty, long ones refused",
            "ragged.csv",
            utf8(
                "Name,Mobile,Zip\nA,+1 202 555 0102\nB,+1 202 555 0103,20001,extra\n"
                    + "C,+1 202 555 0104,20001,,\n"),
            Map.of("defaultCountry", "US"),
            "comma",
            3,
            Map.of(3L, "RAGGED_ROW"),
            leads -> assertThat(leads.getList("name")).containsExactly("A", "C")),
        new Case(
            "duplicate headers",
            "dup-headers.csv",
            utf8("Name,Phone,Phone,Note,Note\nA,+1 202 555 0105,+1 202 555 0106,n1,n2\n"),
            Map.of("defaultCountry", "US"),
            "comma",
            1,
            Map.of(),
            leads -> {
              assertThat(leads.getList("[0].phones.e164"))
                  .containsExactly("+12025550105", "+12025550106");
              assertThat(leads.getMap("[0].customFields"))
                  .containsExactlyInAnyOrderEntriesOf(Map.of("Note", "n1", "Note_2", "n2"));
            }),
        new Case(
            "time zones: number, postal code, explicit column, invalid",
            "zones.csv",
            utf8(
                "Name,Phone,Zip,TZ\nEast,+1 202 555 0143,,\nWest,+1 202 555 0144,94105,\n"
                    + "Explicit,+1 202 555 0145,94105,America/Chicago\nBad,+1 202 555 0146,,Mars/Base\n"),
            Map.of("defaultCountry", "US"),
            "comma",
            4,
            Map.of(5L, "INVALID_TIME_ZONE"),
            leads -> {
              assertThat(leads.getList("timeZone"))
                  .containsExactly("America/New_York", "America/Los_Angeles", "America/Chicago");
              assertThat(leads.getList("timeZoneSource"))
                  .containsExactly("NUMBER", "POSTAL_CODE", "EXPLICIT");
            }),
        new Case(
            "no header row, columns by position",
            "positions.csv",
            utf8("Ola Nordmann;+47 406 12 345\nKari;bad\n"),
            Map.of(
                "defaultCountry",
                "NO",
                "hasHeader",
                "false",
                "mapping",
                "{\"phones\":[{\"column\":\"#2\",\"kind\":\"MOBILE\"}],\"name\":[\"#1\"]}"),
            "semicolon",
            2,
            Map.of(2L, "INVALID_PHONE"),
            leads -> {
              assertThat(leads.getString("[0].name")).isEqualTo("Ola Nordmann");
              assertThat(leads.getString("[0].phones[0].kind")).isEqualTo("MOBILE");
              assertThat(leads.getString("[0].timeZone")).isEqualTo("Europe/Oslo");
            }),
        new Case(
            "XLSX made in the test: text and number cells, a blank row",
            "leads.xlsx",
            LeadFileCorpus.xlsx(
                sheet -> {
                  sheet.value(0, 0, "Name");
                  sheet.value(0, 1, "Mobile");
                  sheet.value(0, 2, "Country");
                  sheet.value(1, 0, "Matti Meikäläinen");
                  sheet.value(1, 1, "+358 40 1234567");
                  sheet.value(1, 2, "FI");
                  sheet.value(3, 0, "Number cell");
                  sheet.value(3, 1, 4520123456L);
                  sheet.value(3, 2, "DK");
                  sheet.value(4, 0, "Bad");
                  sheet.value(4, 1, "123");
                  sheet.value(4, 2, "FI");
                }),
            Map.of("defaultCountry", "FI"),
            "XLSX",
            3,
            Map.of(5L, "INVALID_PHONE"),
            leads -> {
              assertThat(leads.getList("name")).containsExactly("Matti Meikäläinen", "Number cell");
              assertThat(mainNumbers(leads)).containsExactly("+358401234567", "+4520123456");
              assertThat(leads.getString("[0].timeZone")).isEqualTo("Europe/Helsinki");
            }));
  }

  private static Case nordic(String name, byte[] content, String format) {
    return new Case(
        name,
        "nordic.csv",
        content,
        Map.of("defaultCountry", "DK"),
        format,
        5,
        Map.of(4L, "INVALID_PHONE", 5L, "MISSING_PHONE", 6L, "DUPLICATE_IN_LIST"),
        leads -> {
          assertThat(leads.getList("name")).containsExactly("Søren Kierkegaard Ærø", "Åsa Öberg");
          assertThat(mainNumbers(leads)).containsExactly("+4520123456", "+46701740605");
          assertThat(leads.getString("[0].customFields.Notes")).isEqualTo("likes æøå");
          assertThat(leads.getString("[0].timeZone")).isEqualTo("Europe/Copenhagen");
          assertThat(leads.getString("[1].country")).isEqualTo("SE");
        });
  }

  private static List<String> mainNumbers(JsonPath leads) {
    return leads.getList("collect { it.phones[0].e164 }", String.class);
  }

  private static void quotedLeads(JsonPath leads) {
    assertThat(leads.getList("name")).containsExactly("Smith, John", "Plain");
    assertThat(leads.getString("[0].customFields.Notes"))
        .isEqualTo("line one\nline two \"quoted\"");
    assertThat(leads.getList("line", Long.class)).containsExactly(2L, 5L);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void importsEachCorpusFileWithTheExpectedCountsAndReport(Case c) {
    Map<String, Object> fields = new HashMap<>(c.fields());
    fields.put("campaignId", LeadImportClient.newCampaign());
    fields.put("name", c.name());

    JsonPath job = LeadImportClient.uploadAndWait(c.content(), c.file(), fields);

    assertThat(job.getString("state")).as(job.prettify()).isEqualTo("COMPLETED");
    assertThat(job.getString("fileFormat")).contains(c.format());
    assertThat(job.getLong("rowsRead")).isEqualTo(c.read());
    assertThat(job.getLong("rowsRejected")).isEqualTo(c.rejected().size());
    assertThat(job.getLong("rowsAccepted")).isEqualTo(c.read() - c.rejected().size());
    List<CSVRecord> report = LeadImportClient.report(job.getLong("id"));
    Map<Long, String> reasons =
        report.stream()
            .collect(
                Collectors.toMap(
                    r -> Long.parseLong(r.get("line")),
                    r -> r.get("reason"),
                    (a, b) -> a + "," + b,
                    LinkedHashMap::new));
    assertThat(reasons).containsExactlyInAnyOrderEntriesOf(c.rejected());
    assertThat(report).allSatisfy(r -> assertThat(r.get("detail")).isNotBlank());
    JsonPath leads = LeadImportClient.leads(job.getLong("listId"));
    assertThat(leads.getList("$")).hasSize(c.read() - c.rejected().size());
    c.leadsCheck().accept(leads);
  }
}
