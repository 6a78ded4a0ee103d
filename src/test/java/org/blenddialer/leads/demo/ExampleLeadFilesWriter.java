package org.blenddialer.leads.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the generated example lead files of {@code campaigns/leads} (see its README), so that
 * every byte of them is visible here and none is made by hand:
 *
 * <pre>
 * ./mvnw -B -q test-compile org.codehaus.mojo:exec-maven-plugin:3.6.4:java \
 *   -Dexec.classpathScope=test -Dexec.mainClass=org.blenddialer.leads.demo.ExampleLeadFilesWriter
 * </pre>
 */
public final class ExampleLeadFilesWriter {

  private ExampleLeadFilesWriter() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "campaigns/leads");
    Files.createDirectories(dir);
    Files.write(dir.resolve("sweden-utf8-bom.csv"), sweden());
    Files.write(dir.resolve("finland-unicode-text.txt"), finland());
    Files.write(dir.resolve("uk-us-comma.csv"), ukAndUs());
    try (OutputStream out = Files.newOutputStream(dir.resolve("usa-uk-fiction.xlsx"))) {
      workbook(out);
    }
  }

  /** Swedish Excel "CSV UTF-8": BOM, semicolons, CRLF. PTS's fiction ranges. */
  static byte[] sweden() {
    return text(
        List.of(
            "Namn;Mobil;Hem;Postnummer;Ort;Anteckning",
            "Åsa Öberg;070-174 06 05;08-465 004 00;111 22;Stockholm;Återkom i vår",
            "Märta Ståhl;070-174 06 06;;411 05;Göteborg;",
            "Örjan Lindqvist;070-174 06 07;040-628 04 00;211 20;Malmö;\"Ring efter 17; inte fredag\"",
            "Björn Ängström;070-174 06 08;;753 10;Uppsala;Återkom i vår",
            "Gunnel Åkesson;;0980-319 200;981 31;Kiruna;Endast fast telefon",
            "Pär Hägglund;070-174 06 10;;111 22;Stockholm;",
            "Karin Sjöström;070-174 06 11;08-465 004 01;411 05;Göteborg;Återkom i vår",
            "Lars Öhman;070-174;;211 20;Malmö;Numret är ofullständigt",
            "Ingrid Bäckström;070-174 06 13;;753 10;Uppsala;",
            "Sven Ekström;070-174 06 06;;901 84;Umeå;Samma mobil som Märta"),
        "\r\n",
        StandardCharsets.UTF_8,
        true);
  }

  /** Excel "Unicode text" as Finnish users save it: UTF-16LE with BOM, tabs, CRLF. */
  static byte[] finland() {
    return text(
        List.of(
            "Etunimi\tSukunimi\tMatkapuhelin\tPuhelin\tPostinumero\tKaupunki\tHuomautus",
            "Mikko\tMäkelä\t050 555 0101\t\t00100\tHelsinki\tSoita iltapäivällä",
            "Päivi\tJärvinen\t040 555 0102\t09 555 0102\t00530\tHelsinki\t",
            "Jyrki\tHämäläinen\t+358 50 555 0103\t\t33100\tTampere\t",
            "Sanna\tKoskinen\t\t\t20100\tTurku\tEi puhelinnumeroa",
            "Tuomas\tLehtinen\t045 555 0105\t\t90100\tOulu\tAsiakas vuodesta 2021",
            "Riikka\tHeikkilä\t050 555\t\t40100\tJyväskylä\tNumero puutteellinen",
            "Ville\tNieminen\t044 555 0107\t\t96100\tRovaniemi\t",
            "Kaisa\tÅhman\t050 555 0108\t\t22100\tMaarianhamina\tÅlandissa"),
        "\r\n",
        Charset.forName("UTF-16LE"),
        true);
  }

  /** A plain comma CSV as exported by a US or UK CRM: UTF-8, no BOM, LF, a country column. */
  static byte[] ukAndUs() {
    return text(
        List.of(
            "Name,Phone,Mobile,Country,Postcode,Notes",
            "Oliver Bennett,020 7946 0101,,GB,SW1A 1AA,\"Prefers calls after 6pm, weekdays\"",
            "Amelia Clarke,0113 496 0102,07700 900102,GB,LS1 4DY,Mobile is a drama number",
            "George Hughes,0161 496 0103,,GB,M1 1AE,\"Said \"\"call me back\"\"\"",
            "Isla Murray,,07700 900104,GB,EH1 1YZ,Only a drama mobile",
            "Emily Johnson,(617) 555-0121,,US,02108,",
            "Michael Davis,206-555-0122,(206) 555-0123,US,98101,",
            "Sophia Martinez,+1 305 555 0124,,US,33101,",
            "Daniel Wilson,512.555.0125,,US,73301,",
            "Emily Johnson,+1 617 555 0121,,US,02108,Same number again"),
        "\n",
        StandardCharsets.UTF_8,
        false);
  }

  /** A workbook: numbers as text and as numeric cells, US fiction numbers and UK drama ones. */
  static void workbook(OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "BlendDialer examples", "1.0");
    Worksheet sheet = workbook.newWorksheet("Leads");
    Object[][] rows = {
      {"First name", "Last name", "Mobile", "Work", "ZIP", "Country", "Time zone"},
      {"Mary", "Smith", "(212) 555-0110", "(212) 555-0111", "10001", "US", null},
      {"John", "Doe", "(312) 555-0112", null, "60601", "US", null},
      {"Linda", "Johnson", "(415) 555-0113", null, "94105", "US", null},
      {"Robert", "Brown", 3035550114L, null, "80202", "US", null},
      {"Patricia", "Garcia", "(808) 555-0115", null, "96813", "US", null},
      {"James", "Miller", "(907) 555-0116", null, null, "US", "America/Anchorage"},
      {"Oliver", "Taylor", "07700 900123", null, null, "GB", null},
      {"Amelia", "Jones", "01632 960456", null, null, "GB", null},
      {"Mary", "Smith", "+1 212 555 0110", null, "10001", "US", null},
    };
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < rows[r].length; c++) {
        Object value = rows[r][c];
        if (value instanceof String s) {
          sheet.value(r, c, s);
        } else if (value instanceof Long n) {
          sheet.value(r, c, n);
        }
      }
    }
    workbook.finish();
  }

  private static byte[] text(List<String> lines, String newline, Charset charset, boolean bom) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] mark =
        !bom
            ? new byte[0]
            : charset.equals(StandardCharsets.UTF_8)
                ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
                : new byte[] {(byte) 0xFF, (byte) 0xFE};
    out.writeBytes(mark);
    out.writeBytes((String.join(newline, lines) + newline).getBytes(charset));
    return out.toByteArray();
  }
}
