package org.blenddialer.leads.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * An import is one unit: a file that is not a lead file, a mapping that does not fit, or a file
 * that breaks halfway leaves a FAILED job that says why, and no list, lead or report line.
 */
@QuarkusTest
class LeadImportAllOrNothingTest {

  @Inject DataSource dataSource;

  @Test
  void aBinaryFileRenamedCsvIsRefusedAsAWhole() throws SQLException {
    assertFailsKeepingNothing(LeadFileCorpus.png(), "leads.csv", Map.of(), "binary");
  }

  @Test
  void anOldExcelWorkbookIsRefusedWithWhatToDoInstead() throws SQLException {
    byte[] ole2 = new byte[1024];
    byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1};
    System.arraycopy(magic, 0, ole2, 0, magic.length);
    assertFailsKeepingNothing(ole2, "leads.xls", Map.of(), "save it as .xlsx or CSV");
  }

  @Test
  void anEmptyFileIsRefused() throws SQLException {
    assertFailsKeepingNothing(new byte[0], "empty.csv", Map.of(), "empty");
  }

  @Test
  void aMappingThatNamesAMissingColumnKeepsNothing() throws SQLException {
    byte[] csv = LeadFileCorpus.utf8("Name,Mobile\nA,+1 202 555 0110\n");
    assertFailsKeepingNothing(
        csv,
        "leads.csv",
        Map.of("mapping", "{\"phones\":[{\"column\":\"Telefon\"}]}"),
        "the file has no column 'Telefon'");
  }

  @Test
  void aFileWithoutAnyPhoneColumnKeepsNothing() throws SQLException {
    byte[] csv = LeadFileCorpus.utf8("Name,Street\nA,Main Street 1\n");
    assertFailsKeepingNothing(csv, "leads.csv", Map.of(), "no column looks like a phone number");
  }

  @Test
  void aWorkbookThatBreaksHalfwayKeepsNoneOfTheRowsBeforeTheBreak() throws Exception {
    byte[] workbook =
        LeadFileCorpus.xlsx(
            sheet -> {
              sheet.value(0, 0, "Name");
              sheet.value(0, 1, "Mobile");
              for (int row = 1; row < 3000; row++) {
                sheet.value(row, 0, "Person " + row);
                sheet.value(row, 1, String.format("+1 202 555 01%02d", row % 100));
              }
            });
    byte[] broken = breakSheetAtRow(workbook, 2500);
    assertFailsKeepingNothing(
        broken, "broken.xlsx", Map.of("duplicatePolicy", "KEEP_ALL"), "sheet is broken");
  }

  private void assertFailsKeepingNothing(
      byte[] content, String fileName, Map<String, String> extra, String problem)
      throws SQLException {
    long campaign = LeadImportClient.newCampaign();
    Map<String, Object> fields = new java.util.HashMap<>(extra);
    fields.put("campaignId", campaign);
    fields.put("name", "doomed");
    fields.put("defaultCountry", "US");

    JsonPath job = LeadImportClient.uploadAndWait(content, fileName, fields);

    assertThat(job.getString("state")).isEqualTo("FAILED");
    assertThat(job.getString("problem")).contains(problem);
    assertThat(job.get("listId") == null).isTrue();
    assertThat(count("SELECT COUNT(*) FROM lead WHERE campaign_id = ?", campaign)).isZero();
    assertThat(count("SELECT COUNT(*) FROM lead_list WHERE campaign_id = ?", campaign)).isZero();
    assertThat(
            count(
                "SELECT COUNT(*) FROM lead_import_rejection WHERE import_id = ?",
                job.getLong("id")))
        .isZero();
    LeadImportClient.manager()
        .get("/api/v1/lead-imports/" + job.getLong("id") + "/report")
        .then()
        .statusCode(409);
  }

  private long count(String sql, long id) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement query = c.prepareStatement(sql)) {
      query.setLong(1, id);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  /** Cuts the sheet's XML in the middle of a row, as a broken export or upload would. */
  private static byte[] breakSheetAtRow(byte[] xlsx, int row) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    java.nio.file.Path original = java.nio.file.Files.createTempFile("workbook", ".xlsx");
    java.nio.file.Files.write(original, xlsx);
    try (ZipFile in = new ZipFile(original.toFile());
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry entry : java.util.Collections.list(in.entries())) {
        byte[] data = in.getInputStream(entry).readAllBytes();
        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          String xml = new String(data, StandardCharsets.UTF_8);
          int cut = xml.indexOf("<row r=\"" + row + "\"");
          assertThat(cut).isPositive();
          data =
              (xml.substring(0, cut) + "<row r=\"" + row + "\"><c <<<")
                  .getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(entry.getName()));
        zip.write(data);
        zip.closeEntry();
      }
    } finally {
      java.nio.file.Files.delete(original);
    }
    return out.toByteArray();
  }
}
