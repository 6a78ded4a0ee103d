package org.blenddialer.leads.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The awkward lead files of the import tests, made in code so that every byte is visible. */
final class LeadFileCorpus {

  /**
   * Nordic people with names that break in the wrong encoding. Line 4 has no valid number, line 5
   * none at all, line 6 repeats line 2's number written nationally.
   */
  static final String NORDIC =
      String.join(
          "\n",
          "Name,Mobile,Postal code,Country,Notes",
          "Søren Kierkegaard Ærø,+45 20 12 34 56,5970,DK,likes æøå",
          "Åsa Öberg,070-174 06 05,,SE,",
          "Jürgen Müller,not a number,,,",
          "Ann Empty,,,,",
          "Søren Again,20 12 34 56,,,duplicate");

  /** Quoted fields with the delimiter, doubled quotes and a line break inside. */
  static final String QUOTED =
      String.join(
          "\n",
          "Name,Mobile,Notes",
          "\"Smith, John\",+1 202 555 0143,\"line one",
          "line two \"\"quoted\"\"\"",
          "\"Doe; Jane\",not-a-number,x",
          "Plain,+1 202 555 0144,\"a,b\"");

  private LeadFileCorpus() {}

  /** The text with the given delimiter, line ending and encoding, optionally with a BOM. */
  static byte[] encode(String text, char delimiter, String newline, Charset charset, boolean bom) {
    String converted = text;
    if (delimiter != ',') {
      converted = swapDelimiter(text, delimiter);
    }
    converted = converted.replace("\n", newline);
    byte[] body = converted.getBytes(charset);
    if (!bom) {
      return body;
    }
    byte[] mark = "\uFEFF".getBytes(charset);
    byte[] all = new byte[mark.length + body.length];
    System.arraycopy(mark, 0, all, 0, mark.length);
    System.arraycopy(body, 0, all, mark.length, body.length);
    return all;
  }

  /** Commas outside quotes become the delimiter (the corpus texts quote their own commas). */
  private static String swapDelimiter(String text, char delimiter) {
    StringBuilder out = new StringBuilder(text.length());
    boolean quoted = false;
    for (char ch : text.toCharArray()) {
      if (ch == '"') {
        quoted = !quoted;
      }
      out.append(ch == ',' && !quoted ? delimiter : ch);
    }
    return out.toString();
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A PNG image's first bytes and some noise: what a wrong file picked in a dialog looks like. */
  static byte[] png() {
    byte[] bytes = new byte[4096];
    byte[] header = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H'};
    System.arraycopy(header, 0, bytes, 0, header.length);
    for (int i = header.length; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31 % 251);
    }
    return bytes;
  }

  /** A workbook made with fastexcel; the writer gets the first sheet. */
  static byte[] xlsx(Consumer<Worksheet> writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "BlendDialer tests", "1.0");
      Worksheet sheet = workbook.newWorksheet("Leads");
      writer.accept(sheet);
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
